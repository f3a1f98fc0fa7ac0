import { Injectable } from '@nestjs/common'
import { desc, eq } from 'drizzle-orm'
import type { PublicityArticleBody, PublicityTopic } from '@pocket/contract'
import { DbContext } from '../db/transactions.js'
import { publicityArticles } from './publicity.schema.js'

const summary = {
  id: publicityArticles.id,
  topic: publicityArticles.topic,
  title: publicityArticles.title,
  summary: publicityArticles.summary,
  publishedOn: publicityArticles.publishedOn,
}

export type ArticleRow = typeof publicityArticles.$inferSelect

@Injectable()
export class PublicityRepository {
  constructor(private readonly db: DbContext) {}

  list(topic: PublicityTopic | undefined) {
    return this.db.q
      .select(summary)
      .from(publicityArticles)
      .where(topic ? eq(publicityArticles.topic, topic) : undefined)
      .orderBy(desc(publicityArticles.publishedOn), publicityArticles.id)
  }

  /** The month's article, else the newest. */
  async featured(month: string) {
    const [chosen] = await this.db.q.select(summary).from(publicityArticles).where(eq(publicityArticles.month, month))
    if (chosen) return chosen
    const [newest] = await this.list(undefined).limit(1)
    return newest ?? null
  }

  async article(id: string): Promise<ArticleRow | null> {
    const [row] = await this.db.q.select().from(publicityArticles).where(eq(publicityArticles.id, id))
    return row ?? null
  }

  /** Publishes an article; the month it is featured, if any, is no other article's any more. */
  async put(id: string, body: PublicityArticleBody): Promise<void> {
    if (body.month)
      await this.db.q.update(publicityArticles).set({ month: null }).where(eq(publicityArticles.month, body.month))
    const row = { ...body, editedAt: new Date() }
    await this.db.q
      .insert(publicityArticles)
      .values({ id, ...row })
      .onConflictDoUpdate({ target: publicityArticles.id, set: row })
  }
}
