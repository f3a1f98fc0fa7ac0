import { Injectable } from '@nestjs/common'
import type { Callback, CallbackState } from '@pocket/contract'
import { and, asc, count, eq, gte } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { callbacks } from './callbacks.schema.js'

export type CallbackRow = typeof callbacks.$inferSelect

/** Tasks listed at once on the workbench, at most. */
const LIST_LIMIT = 200

@Injectable()
export class CallbacksRepository {
  constructor(private readonly db: DbContext) {}

  async insert(row: typeof callbacks.$inferInsert): Promise<CallbackRow> {
    const [stored] = await this.db.q.insert(callbacks).values(row).returning()
    return stored
  }

  async lock(number: string): Promise<CallbackRow | null> {
    const [row] = await this.db.q.select().from(callbacks).where(eq(callbacks.number, number)).for('update')
    return row ?? null
  }

  async update(number: string, fields: Partial<CallbackRow>): Promise<CallbackRow> {
    const [row] = await this.db.q.update(callbacks).set(fields).where(eq(callbacks.number, number)).returning()
    return row
  }

  async inState(state: CallbackState): Promise<CallbackRow[]> {
    return this.db.q
      .select()
      .from(callbacks)
      .where(eq(callbacks.state, state))
      .orderBy(asc(callbacks.createdAt))
      .limit(LIST_LIMIT)
  }

  /** Tasks an account asked for since then (a limit on asking again and again). */
  async askedSince(accountId: string, since: Date): Promise<number> {
    const [row] = await this.db.q
      .select({ n: count() })
      .from(callbacks)
      .where(and(eq(callbacks.accountId, accountId), gte(callbacks.createdAt, since)))
    return row.n
  }
}

export function toCallback(r: CallbackRow): Callback {
  return {
    number: r.number,
    phone: r.phone,
    window: r.window,
    topic: r.topic,
    state: r.state,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  }
}
