import { Module } from '@nestjs/common'
import { NotificationsController } from './notifications.controller.js'
import { NotificationsRepository } from './notifications.repository.js'
import { NotificationsService } from './notifications.service.js'

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService],
  // The façade, never the repository.
  exports: [NotificationsService],
})
export class NotificationsModule {}
