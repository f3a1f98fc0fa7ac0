import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { CallbacksController } from './callbacks.controller.js'

@Module({
  imports: [DataCenterModule],
  controllers: [CallbacksController],
})
export class CallbacksModule {}
