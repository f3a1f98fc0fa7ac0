import { Injectable } from '@nestjs/common'
import type { Actor } from '../common/actor.js'
import { DbContext } from '../db/transactions.js'
import { AuditRepository } from './audit.repository.js'

/** What a change did to one record, as the audit trail keeps it (phones masked, no secrets). */
export interface Change {
  before: unknown
  after: unknown
}

/** Records the changes of one kind of record, under the action names that kind declares. */
export interface RecordAudit<A extends string> {
  record(actor: Actor, action: A, entityId: string, change: Change): Promise<void>
}

/**
 * The one way a state change is audited: one row per change, written inside the transaction that
 * made the change (so a change never lands without its row, nor a row without its change).
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly db: DbContext,
    private readonly audit: AuditRepository,
  ) {}

  /** `trail.of('account', ['create', 'merge'])` records `account.create` and `account.merge` only. */
  of<const A extends string>(entity: string, _actions: readonly A[]): RecordAudit<A> {
    return {
      record: async (actor, action, entityId, { before, after }) => {
        if (!this.db.inTransaction)
          throw new Error(`audit of ${entity}.${action} outside the transaction of its change`)
        await this.audit.insert({
          actor: actor.id,
          role: actor.role,
          action: `${entity}.${action}`,
          entity,
          entityId,
          before: before ?? null,
          after: after ?? null,
          requestId: actor.requestId,
        })
      },
    }
  }
}
