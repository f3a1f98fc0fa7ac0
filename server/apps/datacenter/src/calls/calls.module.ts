import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { ConsultationsModule } from '../consultations/consultations.module.js'
import { CallListeners } from './call-listeners.js'
import { CallsController } from './calls.controller.js'
import { CallsRepository } from './calls.repository.js'
import { CallsService } from './calls.service.js'

@Module({
  imports: [AccountsModule, ConsultationsModule],
  controllers: [CallsController],
  providers: [CallsRepository, CallsService, CallListeners],
  // The registry other domains follow calls through.
  exports: [CallListeners],
})
export class CallsModule {}
