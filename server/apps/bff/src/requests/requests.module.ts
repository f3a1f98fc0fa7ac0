import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { RequestsController } from './requests.controller.js'
import { RequestsService } from './requests.service.js'

@Module({ imports: [DataCenterModule], controllers: [RequestsController], providers: [RequestsService] })
export class RequestsModule {}
