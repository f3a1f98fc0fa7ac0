import { Module } from '@nestjs/common'
import { AuditModule } from '../audit/audit.module.js'
import { LibraryModule } from '../library/library.module.js'
import { PublicityController } from './publicity.controller.js'
import { PublicityRepository } from './publicity.repository.js'
import { PublicityService } from './publicity.service.js'

@Module({
  imports: [AuditModule, LibraryModule],
  controllers: [PublicityController],
  providers: [PublicityRepository, PublicityService],
})
export class PublicityModule {}
