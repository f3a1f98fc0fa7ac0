import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { AuditModule } from '../audit/audit.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { SmsModule } from '../sms/sms.module.js'
import { CallbacksController } from './callbacks.controller.js'
import { CallbacksRepository } from './callbacks.repository.js'
import { CallbacksService } from './callbacks.service.js'
import { CallbackKind } from './callback-kind.js'

@Module({
  imports: [RequestsModule, AccountsModule, AuditModule, SmsModule],
  controllers: [CallbacksController],
  providers: [CallbackKind, CallbacksRepository, CallbacksService],
})
export class CallbacksModule {}
