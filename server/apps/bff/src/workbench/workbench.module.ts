import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { WorkbenchController } from './workbench.controller.js'
import { WorkbenchService } from './workbench.service.js'

@Module({ imports: [DataCenterModule], controllers: [WorkbenchController], providers: [WorkbenchService] })
export class WorkbenchModule {}
