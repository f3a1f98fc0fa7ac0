import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { AuditModule } from '../audit/audit.module.js'
import { FilesModule } from '../files/files.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { PersonalDataModule } from '../personal-data/personal-data.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { LegalAidController } from './legal-aid.controller.js'
import { LegalAidRepository } from './legal-aid.repository.js'
import { LegalAidService } from './legal-aid.service.js'
import { LegalAidKind } from './legal-aid-kind.js'

@Module({
  imports: [AuditModule, AccountsModule, RequestsModule, FilesModule, PersonalDataModule, NotificationsModule],
  controllers: [LegalAidController],
  providers: [LegalAidKind, LegalAidRepository, LegalAidService],
})
export class LegalAidModule {}
