import { Injectable } from '@nestjs/common'
import { and, eq, gt, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { villageAdvisers } from '../directory/directory.schema.js'
import {
  adviserAway,
  consultationRatings,
  consultationReplies,
  consultations,
  savedReplies,
} from './consultations.schema.js'

/** What an adviser keeps and is measured by: leave, saved replies, reply figures, ratings. */
@Injectable()
export class AdviserProfileRepository {
  constructor(private readonly db: DbContext) {}
  /** Until when a person is away (on leave), if they are now. */
  async awayUntil(personId: string, now: Date): Promise<Date | null> {
    const [row] = await this.db.q
      .select({ until: adviserAway.until })
      .from(adviserAway)
      .where(and(eq(adviserAway.personId, personId), gt(adviserAway.until, now)))
    return row?.until ?? null
  }
  async setAway(personId: string, until: Date | null): Promise<void> {
    if (!until) {
      await this.db.q.delete(adviserAway).where(eq(adviserAway.personId, personId))
      return
    }
    await this.db.q
      .insert(adviserAway)
      .values({ personId, until })
      .onConflictDoUpdate({ target: adviserAway.personId, set: { until, setAt: new Date() } })
  }
  async savedReplies(accountId: string): Promise<string[] | null> {
    const [row] = await this.db.q.select().from(savedReplies).where(eq(savedReplies.accountId, accountId))
    return row?.items ?? null
  }
  async saveReplies(accountId: string, items: string[]): Promise<void> {
    await this.db.q
      .insert(savedReplies)
      .values({ accountId, items })
      .onConflictDoUpdate({ target: savedReplies.accountId, set: { items, updatedAt: new Date() } })
  }
  /** Answers given by a person since a time: how many, and the median wait in minutes. */
  async replyFigures(personId: string, weekStart: Date, monthAgo: Date) {
    const [row] = await this.db.q
      .select({
        answeredThisWeek:
          sql<number>`count(*) filter (where ${consultationReplies.answeredAt} >= ${weekStart})`.mapWith(Number),
        medianMinutes: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from ${consultationReplies.answeredAt} - ${consultationReplies.askedAt}) / 60) filter (where ${consultationReplies.answeredAt} >= ${monthAgo})`.mapWith(
          (v) => (v === null ? null : Number(v)),
        ),
      })
      .from(consultationReplies)
      .where(eq(consultationReplies.personId, personId))
    return row
  }
  /** The average of every rating given in the conversations of the villages a person advises. */
  async ratingOf(personId: string): Promise<{ average: number | null; count: number }> {
    const [row] = await this.db.q
      .select({
        average: sql<number | null>`avg(${consultationRatings.score})`.mapWith((v) => (v === null ? null : Number(v))),
        count: sql<number>`count(${consultationRatings.score})`.mapWith(Number),
      })
      .from(consultationRatings)
      .innerJoin(consultations, eq(consultations.id, consultationRatings.consultationId))
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .where(eq(villageAdvisers.adviserId, personId))
    return { average: row.average === null ? null : Math.round(row.average * 10) / 10, count: row.count }
  }
}
