import { Injectable } from '@nestjs/common'
import type { CallbackState } from '@pocket/contract'
import { and, asc, count, eq, getTableColumns, gte, inArray } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { accounts } from '../accounts/accounts.schema.js'
import { DbContext } from '../db/transactions.js'
import { institutions } from '../directory/directory.schema.js'
import { callbacks } from './callbacks.schema.js'
import type { Desk } from './hotline-desk.js'

export type CallbackRow = typeof callbacks.$inferSelect
/** A task with the names a screen shows: its desk's, and its taker's. */
export type CallbackRecord = CallbackRow & { deskName: string; takerName: string | null }

/** Tasks listed at once on the workbench, at most. */
const LIST_LIMIT = 200

const taker = alias(accounts, 'taker')

@Injectable()
export class CallbacksRepository {
  constructor(private readonly db: DbContext) {}

  async insert(row: typeof callbacks.$inferInsert): Promise<void> {
    await this.db.q.insert(callbacks).values(row)
  }

  async lock(number: string): Promise<CallbackRow | null> {
    const [row] = await this.db.q.select().from(callbacks).where(eq(callbacks.number, number)).for('update')
    return row ?? null
  }

  async update(number: string, fields: Partial<CallbackRow>): Promise<void> {
    await this.db.q.update(callbacks).set(fields).where(eq(callbacks.number, number))
  }

  async record(number: string): Promise<CallbackRecord | null> {
    const [row] = await this.records().where(eq(callbacks.number, number))
    return row ?? null
  }

  /** A desk's tasks in a state, oldest first. */
  async ofDesk(deskId: string, state: CallbackState): Promise<CallbackRecord[]> {
    return this.records()
      .where(and(eq(callbacks.deskId, deskId), eq(callbacks.state, state)))
      .orderBy(asc(callbacks.createdAt))
      .limit(LIST_LIMIT)
  }

  /** The public legal service centers: the hotline desks a region can be served by. */
  desks(): Promise<Desk[]> {
    return this.db.q
      .select({ id: institutions.id, name: institutions.name, regionCode: institutions.regionCode })
      .from(institutions)
      .where(eq(institutions.kind, 'pls_center'))
  }

  /** Tasks an account asked for since then (a limit on asking again and again). */
  async askedSince(accountId: string, since: Date): Promise<number> {
    const [row] = await this.db.q
      .select({ n: count() })
      .from(callbacks)
      .where(and(eq(callbacks.accountId, accountId), gte(callbacks.createdAt, since)))
    return row.n
  }

  private records() {
    return this.db.q
      .select({
        ...getTableColumns(callbacks),
        deskName: institutions.name,
        takerName: taker.displayName,
      })
      .from(callbacks)
      .innerJoin(institutions, eq(institutions.id, callbacks.deskId))
      .leftJoin(taker, eq(taker.id, callbacks.takenBy))
      .$dynamic()
  }

  /** The status of each of these requests, by number (what 我的办件 and 进度查询 show). */
  async statuses(numbers: string[]): Promise<Map<string, string>> {
    if (numbers.length === 0) return new Map()
    const rows = await this.db.q
      .select({ number: callbacks.number, status: callbacks.state })
      .from(callbacks)
      .where(inArray(callbacks.number, numbers))
    return new Map(rows.map((r) => [r.number, r.status]))
  }
}
