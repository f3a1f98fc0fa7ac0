import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { AuditModule } from '../audit/audit.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { FilesModule } from '../files/files.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { RatingsModule } from '../ratings/ratings.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { ComplaintKind } from './complaint-kind.js'
import { ComplaintPolicy } from './complaint-policy.js'
import { ComplaintsController } from './complaints.controller.js'
import { ComplaintsRepository } from './complaints.repository.js'
import { ComplaintsService } from './complaints.service.js'

@Module({
  imports: [
    AuditModule,
    AccountsModule,
    DirectoryModule,
    RequestsModule,
    RatingsModule,
    FilesModule,
    NotificationsModule,
  ],
  controllers: [ComplaintsController],
  providers: [ComplaintKind, ComplaintPolicy, ComplaintsRepository, ComplaintsService],
})
export class ComplaintsModule {}
