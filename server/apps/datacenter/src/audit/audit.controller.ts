import { Controller } from '@nestjs/common'
import { dcRoutes, type DcAuditEntry, type DcInput } from '@pocket/contract'
import { AppError, Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { toDcAuditEntry } from './audit.mapper.js'
import { AuditRepository } from './audit.repository.js'

/** The trail of one record, for supervisors and system checks only. */
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Route(dcRoutes.audit)
  async list(@CurrentActor() actor: Actor, @Input() { query }: DcInput<'audit'>): Promise<{ items: DcAuditEntry[] }> {
    if (actor.role !== 'system' && actor.role !== 'staff') throw new AppError('FORBIDDEN', { key: 'audit.forbidden' })
    const rows = await this.audit.list(query.entity, query.entityId)
    return { items: rows.map(toDcAuditEntry) }
  }
}
