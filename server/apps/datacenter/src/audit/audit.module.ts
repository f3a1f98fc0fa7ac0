import { Module } from '@nestjs/common'
import { AuditController } from './audit.controller.js'
import { AuditRepository } from './audit.repository.js'
import { AuditTrail } from './audit-trail.js'

@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
