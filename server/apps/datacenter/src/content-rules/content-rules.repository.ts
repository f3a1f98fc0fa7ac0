import { Injectable } from '@nestjs/common'
import type { ContentRule } from '@pocket/contract'
import { asc, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { contentRules, contentRulesChanged } from './content-rules.schema.js'

@Injectable()
export class ContentRulesRepository {
  constructor(private readonly db: DbContext) {}

  async list(): Promise<ContentRule[]> {
    return this.db.q
      .select({ match: contentRules.match, pattern: contentRules.pattern, verdict: contentRules.verdict })
      .from(contentRules)
      .orderBy(asc(contentRules.position))
  }

  async changedAt(): Promise<Date | null> {
    const [row] = await this.db.q.select({ at: contentRulesChanged.at }).from(contentRulesChanged)
    return row?.at ?? null
  }

  /** Replaces the whole list; call inside a transaction (two operators saving at once: the last one wins whole). */
  async replace(items: ContentRule[], at: Date): Promise<void> {
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext('content-rules'))`)
    await this.db.q.delete(contentRules)
    if (items.length > 0) await this.db.q.insert(contentRules).values(items.map((r, position) => ({ ...r, position })))
    await this.db.q
      .insert(contentRulesChanged)
      .values({ id: 1, at })
      .onConflictDoUpdate({ target: contentRulesChanged.id, set: { at } })
  }
}
