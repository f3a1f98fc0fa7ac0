import type { DcAuditEntry } from '@pocket/contract'
import type { AuditRow } from './audit.repository.js'

export function toDcAuditEntry(r: AuditRow): DcAuditEntry {
  return {
    at: r.at.toISOString(),
    actor: r.actor,
    role: r.role,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    requestId: r.requestId,
  }
}
