import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { PublicityController } from './publicity.controller.js'
import { PublicityService } from './publicity.service.js'

@Module({ imports: [DataCenterModule], controllers: [PublicityController], providers: [PublicityService] })
export class PublicityModule {}
