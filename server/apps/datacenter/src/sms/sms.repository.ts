import { Injectable } from '@nestjs/common'
import { and, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { smsChallenges } from './sms.schema.js'

export type SmsChallengeRow = typeof smsChallenges.$inferSelect

@Injectable()
export class SmsChallengesRepository {
  constructor(private readonly db: DbContext) {}

  /** The newest code sent to a phone; with `delivered`, the newest the provider did send. */
  async latest(phone: string, { delivered = false } = {}): Promise<SmsChallengeRow | null> {
    const ofPhone = eq(smsChallenges.phone, phone)
    const [row] = await this.db.q
      .select()
      .from(smsChallenges)
      .where(delivered ? and(ofPhone, isNull(smsChallenges.undeliveredAt)) : ofPhone)
      .orderBy(desc(smsChallenges.createdAt), desc(smsChallenges.id))
      .limit(1)
    return row ?? null
  }

  async countDeliveredSince(phone: string, since: Date): Promise<number> {
    const [{ n }] = await this.db.q
      .select({ n: sql<number>`count(*)::int` })
      .from(smsChallenges)
      .where(
        and(eq(smsChallenges.phone, phone), gte(smsChallenges.createdAt, since), isNull(smsChallenges.undeliveredAt)),
      )
    return n
  }

  async markUndelivered(phone: string, codeHash: string): Promise<number | null> {
    const [row] = await this.db.q
      .update(smsChallenges)
      .set({ undeliveredAt: new Date() })
      .where(
        and(
          eq(smsChallenges.phone, phone),
          eq(smsChallenges.codeHash, codeHash),
          isNull(smsChallenges.consumedAt),
          isNull(smsChallenges.undeliveredAt),
        ),
      )
      .returning({ id: smsChallenges.id })
    return row?.id ?? null
  }

  async insert(phone: string, codeHash: string, expiresAt: Date): Promise<number> {
    const [row] = await this.db.q
      .insert(smsChallenges)
      .values({ phone, codeHash, expiresAt })
      .returning({ id: smsChallenges.id })
    return row.id
  }

  /**
   * Takes one of the code's tries before comparing, so concurrent guesses cannot exceed the
   * limit; returns the tries used including this one, or null when none are left.
   */
  async takeAttempt(id: number, maxAttempts: number): Promise<number | null> {
    const [row] = await this.db.q
      .update(smsChallenges)
      .set({ attempts: sql`${smsChallenges.attempts} + 1` })
      .where(and(eq(smsChallenges.id, id), lt(smsChallenges.attempts, maxAttempts), isNull(smsChallenges.consumedAt)))
      .returning({ attempts: smsChallenges.attempts })
    return row?.attempts ?? null
  }

  /** Consumes a challenge once; false if another request consumed it first. */
  async consume(id: number): Promise<boolean> {
    const rows = await this.db.q
      .update(smsChallenges)
      .set({ consumedAt: new Date() })
      .where(and(eq(smsChallenges.id, id), isNull(smsChallenges.consumedAt)))
      .returning({ id: smsChallenges.id })
    return rows.length === 1
  }
}
