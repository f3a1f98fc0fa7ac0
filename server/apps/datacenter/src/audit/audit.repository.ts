import { Inject, Injectable } from '@nestjs/common'
import { and, asc, eq } from 'drizzle-orm'
import type { Actor } from '../common/actor.js'
import { DB, type Db, type Tx } from '../db/database.js'
import { auditLog } from '../db/schema.js'

export interface AuditEntry {
  action: string
  entity: string
  entityId: string
  before: unknown
  after: unknown
}

/** Every state change writes one row, inside the transaction that made it. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async record(tx: Tx, actor: Actor, e: AuditEntry): Promise<void> {
    await tx.insert(auditLog).values({
      actor: actor.id,
      role: actor.role,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: actor.requestId,
    })
  }

  list(entity: string, entityId: string) {
    return this.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
      .orderBy(asc(auditLog.id))
  }
}
