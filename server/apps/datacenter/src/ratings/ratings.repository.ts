import { Injectable } from '@nestjs/common'
import type { RatingSummary } from '@pocket/contract'
import { avg, count, eq } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { toRatingSummary } from './rating-summary.js'
import { ratings } from './ratings.schema.js'

export type NewRating = typeof ratings.$inferInsert

@Injectable()
export class RatingsRepository {
  constructor(private readonly db: DbContext) {}

  /** Inserts unless the request was rated already. */
  async insert(r: NewRating): Promise<boolean> {
    const rows = await this.db.q.insert(ratings).values(r).onConflictDoNothing().returning({ number: ratings.number })
    return rows.length === 1
  }

  async summary(institutionId: string): Promise<RatingSummary> {
    const [row] = await this.db.q
      .select({ average: avg(ratings.score), count: count() })
      .from(ratings)
      .where(eq(ratings.institutionId, institutionId))
    return toRatingSummary(row.average, row.count)
  }
}
