import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { BookingModule } from '../booking/booking.module.js'
import { RatingsController } from './ratings.controller.js'
import { RatingsRepository } from './ratings.repository.js'
import { RatingsService } from './ratings.service.js'

@Module({
  imports: [AuditModule, BookingModule],
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService],
})
export class RatingsModule {}
