import { Controller, Get, Query } from '@nestjs/common'
import { DcAuditEntry, DcAuditQuery } from '@pocket/contract'
import { AppError, ZodPipe } from '../../../../libs/common/src/index.js'
import { CurrentActor, type Actor } from '../common/actor.js'
import { AuditRepository } from './audit.repository.js'

/** The trail of one record, for supervisors and system checks only. */
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(DcAuditQuery)) q: DcAuditQuery,
  ): Promise<{ items: DcAuditEntry[] }> {
    if (actor.role !== 'system' && actor.role !== 'staff') throw new AppError('FORBIDDEN', '没有权限查看审计记录')
    const rows = await this.audit.list(q.entity, q.entityId)
    return {
      items: rows.map((r) => ({
        at: r.at.toISOString(),
        actor: r.actor,
        role: r.role,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
        requestId: r.requestId,
      })),
    }
  }
}
