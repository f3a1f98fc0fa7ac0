import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { RequestsModule } from '../requests/requests.module.js'
import { RateableKinds } from './rateable-kinds.js'
import { RatingsController } from './ratings.controller.js'
import { RatingsRepository } from './ratings.repository.js'
import { RatingsService } from './ratings.service.js'

@Module({
  imports: [AuditModule, RequestsModule],
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService, RateableKinds],
  // The registry each kind of request that can be rated registers with.
  exports: [RateableKinds],
})
export class RatingsModule {}
