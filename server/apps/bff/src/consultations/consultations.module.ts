import { Module } from '@nestjs/common'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DriversModule } from '../drivers/drivers.module.js'
import { RealtimeModule } from '../realtime/realtime.module.js'
import { UploadsModule } from '../uploads/uploads.module.js'
import { AdviserDeskController } from './adviser-desk.controller.js'
import { ConsultationsController } from './consultations.controller.js'
import { ConsultationsService } from './consultations.service.js'
import { ContentCheckModule } from '../content-check/content-check.module.js'
import { HandoverSweeper } from './handover-sweeper.js'
import { MessageSendHandler } from './message-send.handler.js'
import { SendBatcher } from './send-batcher.js'

/** 我的法律顾问 chat and the adviser's inbox: history over REST, sending and fan-out over the one socket. */
@Module({
  imports: [DataCenterModule, DriversModule, RealtimeModule, UploadsModule, ContentCheckModule],
  controllers: [ConsultationsController, AdviserDeskController],
  providers: [ConsultationsService, SendBatcher, MessageSendHandler, HandoverSweeper],
  exports: [ConsultationsService],
})
export class ConsultationsModule {}
