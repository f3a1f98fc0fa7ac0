import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { MeController } from './me.controller.js'
import { MeService } from './me.service.js'

@Module({ imports: [DataCenterModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
