import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { BookingModule } from '../booking/booking.module.js'
import { ConsultationsModule } from '../consultations/consultations.module.js'
import { CallsController } from './calls.controller.js'
import { CallsRepository } from './calls.repository.js'
import { CallsService } from './calls.service.js'

@Module({
  imports: [AccountsModule, BookingModule, ConsultationsModule],
  controllers: [CallsController],
  providers: [CallsRepository, CallsService],
})
export class CallsModule {}
