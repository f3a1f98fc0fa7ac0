import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DocsController, OpsController } from './ops.controller.js'

@Module({ imports: [DataCenterModule], controllers: [OpsController, DocsController] })
export class OpsModule {}
