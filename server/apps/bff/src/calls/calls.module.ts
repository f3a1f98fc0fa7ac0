import { Module } from '@nestjs/common'
import { ConsultationsModule } from '../consultations/consultations.module.js'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { RealtimeModule } from '../realtime/realtime.module.js'
import { CallFramesHandler } from './call-frames.handler.js'
import { CallSweeper } from './call-sweeper.js'
import { CallsController } from './calls.controller.js'
import { CallsService } from './calls.service.js'

/** Voice and video calls with the adviser: signalling over the one socket; the data center keeps each call. */
@Module({
  imports: [DataCenterModule, RealtimeModule, ConsultationsModule],
  controllers: [CallsController],
  providers: [CallsService, CallFramesHandler, CallSweeper],
})
export class CallsModule {}
