import { randomBytes } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import { and, asc, eq, gt, isNotNull, lte, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { DbContext } from '../db/transactions.js'
import { villageAdvisers } from '../directory/directory.schema.js'
import { regions } from '../regions/regions.schema.js'
import { adviserAway, consultationRatings, consultations } from './consultations.schema.js'
import { adviserFactsJson, adviserFactsOf, type AdviserFactRow, type AdviserFacts } from './adviser-facts.js'

export type ConsultationRow = typeof consultations.$inferSelect
export type Side = 'resident' | 'adviser'

const away = alias(adviserAway, 'away')

/** Conversations themselves: opened, locked, changed, handed over, rated. */
@Injectable()
export class ConsultationsRepository {
  constructor(private readonly db: DbContext) {}
  /** The resident's conversation for a village, made on first use (two first uses at once make one). */
  async openFor(residentAccountId: string, villageCode: string): Promise<string> {
    const id = `c_${randomBytes(16).toString('base64url').slice(0, 22)}`
    await this.db.q.insert(consultations).values({ id, residentAccountId, villageCode }).onConflictDoNothing()
    const [row] = await this.db.q
      .select({ id: consultations.id })
      .from(consultations)
      .where(and(eq(consultations.residentAccountId, residentAccountId), eq(consultations.villageCode, villageCode)))
    return row.id
  }
  async byId(id: string): Promise<ConsultationRow | null> {
    const [row] = await this.db.q.select().from(consultations).where(eq(consultations.id, id))
    return row ?? null
  }
  /** Locks the conversation for a send: senders take sequences one after another. */
  async lock(id: string): Promise<ConsultationRow | null> {
    const [row] = await this.db.q.select().from(consultations).where(eq(consultations.id, id)).for('update')
    return row ?? null
  }
  async villageName(code: string): Promise<string> {
    const [row] = await this.db.q.select({ name: regions.name }).from(regions).where(eq(regions.code, code))
    return row?.name ?? ''
  }
  /** Changes a conversation's state (awaiting, deadline, hand-over, status, rating). */
  async update(id: string, fields: Partial<typeof consultations.$inferInsert>): Promise<void> {
    await this.db.q.update(consultations).set(fields).where(eq(consultations.id, id))
  }
  /** Locks a conversation nobody else holds now; null when it is locked (another sweep has it) or gone. */
  async lockIfFree(id: string): Promise<ConsultationRow | null> {
    const [row] = await this.db.q
      .select()
      .from(consultations)
      .where(eq(consultations.id, id))
      .for('update', { skipLocked: true })
    return row ?? null
  }
  /**
   * Open conversations awaiting an answer, not yet handed over, whose village has a backup, and
   * whose deadline passed or whose adviser is away.
   */
  async toHandOver(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.q
      .select({ id: consultations.id })
      .from(consultations)
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .leftJoin(away, and(eq(away.personId, villageAdvisers.adviserId), gt(away.until, now)))
      .where(
        and(
          eq(consultations.status, 'open'),
          isNotNull(consultations.awaitingSince),
          sql`${consultations.handedOverAt} is null`,
          isNotNull(villageAdvisers.backupId),
          or(lte(consultations.replyDueAt, now), isNotNull(away.personId)),
        ),
      )
      .orderBy(asc(consultations.replyDueAt))
      .limit(limit)
    return rows.map((r) => r.id)
  }
  /**
   * What conversations need to know of their advisers, in one query: who advises (and backs up)
   * each village, their names, until when each is away (if now), and the accounts each signs in with.
   */
  async adviserFacts(consultationIds: string[], now: Date): Promise<AdviserFacts> {
    if (consultationIds.length === 0) return adviserFactsOf([])
    const result: unknown = await this.db.q.execute(sql`select (${adviserFactsJson(consultationIds, now)}) as advisers`)
    return adviserFactsOf((result as { rows: { advisers: AdviserFactRow[] }[] }).rows[0].advisers)
  }
  /** Keeps a rating of one resolution; false when that resolution was rated already. */
  async addRating(consultationId: string, resolvedAt: Date, rating: { score: number; comment: string }) {
    const rows = await this.db.q
      .insert(consultationRatings)
      .values({ consultationId, resolvedAt, score: rating.score, comment: rating.comment })
      .onConflictDoNothing()
      .returning({ id: consultationRatings.consultationId })
    return rows.length === 1
  }
}
