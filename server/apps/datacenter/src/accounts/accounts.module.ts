import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { RegionsModule } from '../regions/regions.module.js'
import { AccountLookup } from './account-lookup.js'
import { AccountsController } from './accounts.controller.js'
import { AccountsRepository } from './accounts.repository.js'
import { AccountsService } from './accounts.service.js'
import { StaffInstitution } from './staff-institution.js'

@Module({
  imports: [AuditModule, DirectoryModule, RegionsModule],
  controllers: [AccountsController],
  providers: [AccountsRepository, AccountsService, AccountLookup, StaffInstitution],
  // The service and the reading façade, never the repository: other domains use accounts only so.
  exports: [AccountsService, AccountLookup, StaffInstitution],
})
export class AccountsModule {}
