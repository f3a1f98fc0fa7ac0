import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { CallbacksController } from './callbacks.controller.js'
import { CallbacksService } from './callbacks.service.js'

@Module({
  imports: [DataCenterModule],
  controllers: [CallbacksController],
  providers: [CallbacksService],
})
export class CallbacksModule {}
