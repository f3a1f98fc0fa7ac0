import { Module } from '@nestjs/common'
import { AccountsModule } from '../accounts/accounts.module.js'
import { AuditModule } from '../audit/audit.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { BookingController } from './booking.controller.js'
import { BookingRepository } from './booking.repository.js'
import { BookingService } from './booking.service.js'

@Module({
  imports: [AuditModule, AccountsModule, RequestsModule],
  controllers: [BookingController],
  providers: [BookingRepository, BookingService],
})
export class BookingModule {}
