import { randomBytes } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import type { Call } from '@pocket/contract'
import { and, asc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { calls } from './calls.schema.js'

export type CallRow = typeof calls.$inferSelect

/** Calls ended by one sweep, at most: the next sweep takes the rest. */
const SWEEP_BATCH = 50

@Injectable()
export class CallsRepository {
  constructor(private readonly db: DbContext) {}

  async insert(row: Omit<CallRow, 'id'>): Promise<CallRow> {
    const id = `k_${randomBytes(16).toString('base64url').slice(0, 22)}`
    const [stored] = await this.db.q
      .insert(calls)
      .values({ ...row, id })
      .returning()
    return stored
  }

  /** Locks the call for a change: an answer on two devices at once is decided one after the other. */
  async lock(id: string): Promise<CallRow | null> {
    const [row] = await this.db.q.select().from(calls).where(eq(calls.id, id)).for('update')
    return row ?? null
  }

  async byId(id: string): Promise<CallRow | null> {
    const [row] = await this.db.q.select().from(calls).where(eq(calls.id, id))
    return row ?? null
  }

  /**
   * Holds, until the transaction ends, each side's line: two calls starting at once for the same
   * adviser (from two villagers) or the same resident are decided one after the other, so only
   * one of them rings.
   */
  async holdLines(residentAccountId: string, adviserPersonId: string): Promise<void> {
    for (const key of [`call:${adviserPersonId}`, `call:${residentAccountId}`].sort())
      await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
  }

  /** The call ringing between these two sides, locked: calling someone who is calling you answers it. */
  async ringingBetween(residentAccountId: string, adviserPersonId: string): Promise<CallRow | null> {
    const [row] = await this.db.q
      .select()
      .from(calls)
      .where(
        and(
          eq(calls.state, 'ringing'),
          eq(calls.residentAccountId, residentAccountId),
          eq(calls.adviserPersonId, adviserPersonId),
        ),
      )
      .for('update')
    return row ?? null
  }

  /** Whether the resident or the adviser is in a call not ended (ringing or talking). */
  async busy(residentAccountId: string, adviserPersonId: string): Promise<boolean> {
    const [row] = await this.db.q
      .select({ id: calls.id })
      .from(calls)
      .where(
        and(
          ne(calls.state, 'ended'),
          or(eq(calls.residentAccountId, residentAccountId), eq(calls.adviserPersonId, adviserPersonId)),
        ),
      )
      .limit(1)
    return row !== undefined
  }

  async update(id: string, fields: Partial<CallRow>): Promise<CallRow> {
    const [row] = await this.db.q.update(calls).set(fields).where(eq(calls.id, id)).returning()
    return row
  }

  /**
   * Calls due to end, locked and skipped by any other sweep holding them: rung past `ringUntil`,
   * or with a side silent past its grace.
   */
  async due(now: Date, ringStartedBefore: Date): Promise<CallRow[]> {
    return this.db.q
      .select()
      .from(calls)
      .where(
        and(
          inArray(calls.state, ['ringing', 'active']),
          or(
            and(eq(calls.state, 'ringing'), lt(calls.startedAt, ringStartedBefore)),
            lt(calls.callerAliveUntil, now),
            lt(calls.calleeAliveUntil, now),
          ),
        ),
      )
      .orderBy(asc(calls.startedAt))
      .limit(SWEEP_BATCH)
      .for('update', { skipLocked: true })
  }
}

/** A call as its parties see it. */
export function toCall(row: CallRow): Call {
  return {
    id: row.id,
    consultationId: row.consultationId,
    kind: row.kind,
    state: row.state,
    caller: { accountId: row.callerAccountId, name: row.callerName, role: row.callerSide },
    callee: {
      accountId: row.calleeAccountId ?? '',
      name: row.calleeName,
      role: row.callerSide === 'resident' ? 'adviser' : 'resident',
    },
    startedAt: row.startedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    durationSeconds: durationOf(row),
    outcome: row.outcome,
  }
}

/** Seconds from answer to end (to now while it is on); null if never answered. */
export function durationOf(row: Pick<CallRow, 'answeredAt' | 'endedAt'>, now = new Date()): number | null {
  if (!row.answeredAt) return null
  return Math.max(0, Math.round(((row.endedAt ?? now).getTime() - row.answeredAt.getTime()) / 1000))
}
