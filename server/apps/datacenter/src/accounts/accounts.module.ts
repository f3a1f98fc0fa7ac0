import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { DirectoryModule } from '../directory/directory.module.js'
import { RegionsModule } from '../regions/regions.module.js'
import { AccountsController } from './accounts.controller.js'
import { AccountsRepository } from './accounts.repository.js'
import { AccountsService } from './accounts.service.js'
import { StaffInstitution } from './staff-institution.js'

@Module({
  imports: [AuditModule, DirectoryModule, RegionsModule],
  controllers: [AccountsController],
  providers: [AccountsRepository, AccountsService, StaffInstitution],
  exports: [AccountsService, AccountsRepository, StaffInstitution],
})
export class AccountsModule {}
