import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { CatalogModule } from '../catalog/catalog.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { FilesModule } from '../files/files.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { AbsentNotices } from './absent-notices.js'
import { AdviserDeskController } from './adviser-desk.controller.js'
import { AdviserDesk } from './adviser-desk.service.js'
import { ConsultationAccess } from './consultation-access.js'
import { ConsultationNotes } from './consultation-notes.js'
import { ConsultationStates } from './consultation-states.service.js'
import { ConsultationViews } from './consultation-views.js'
import { ConsultationsController } from './consultations.controller.js'
import { AdviserProfileRepository } from './adviser-profile.repository.js'
import { ConsultationListRepository } from './consultation-list.repository.js'
import { ConsultationsRepository } from './consultations.repository.js'
import { MessagesRepository } from './messages.repository.js'
import { ConsultationsService } from './consultations.service.js'
import { MessageSender } from './message-sender.js'
import { ReplyPolicy } from './reply-policy.js'
import { ConversationAppointments } from './conversation-appointments.js'

@Module({
  imports: [AccountsModule, CatalogModule, DirectoryModule, FilesModule, NotificationsModule, RequestsModule],
  controllers: [ConsultationsController, AdviserDeskController],
  providers: [
    ConsultationsRepository,
    MessagesRepository,
    AdviserProfileRepository,
    ConsultationListRepository,
    ConsultationAccess,
    ConsultationViews,
    ConsultationNotes,
    ReplyPolicy,
    ConsultationsService,
    MessageSender,
    ConsultationStates,
    AdviserDesk,
    AbsentNotices,
    ConversationAppointments,
  ],
  exports: [ConsultationsService, ConsultationAccess, ConsultationNotes, ConversationAppointments],
})
export class ConsultationsModule {}
