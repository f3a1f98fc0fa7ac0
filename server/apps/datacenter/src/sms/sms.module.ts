import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { AuditModule } from '../audit/audit.module.js'
import { SmsChallengesController } from './sms-challenges.controller.js'
import { SmsChallengesService } from './sms-challenges.service.js'
import { SmsChallengesRepository } from './sms.repository.js'

@Module({
  imports: [AccountsModule, AuditModule],
  controllers: [SmsChallengesController],
  providers: [SmsChallengesRepository, SmsChallengesService],
  exports: [SmsChallengesService],
})
export class SmsModule {}
