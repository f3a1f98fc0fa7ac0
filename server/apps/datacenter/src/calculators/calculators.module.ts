import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { LibraryModule } from '../library/library.module.js'
import { CalculatorsController } from './calculators.controller.js'
import { CalculatorsRepository } from './calculators.repository.js'
import { CalculatorsService } from './calculators.service.js'

@Module({
  imports: [AuditModule, LibraryModule],
  controllers: [CalculatorsController],
  providers: [CalculatorsRepository, CalculatorsService],
})
export class CalculatorsModule {}
