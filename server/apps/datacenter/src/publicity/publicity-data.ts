import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PublicityArticleBody, RecordId } from '@pocket/contract'
import { isNull, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../db/database.js'
import { publicityArticles } from './publicity.schema.js'

/** The articles the data center ships (data/publicity/articles.json). */
export const PUBLICITY_DATA = fileURLToPath(
  new URL('../../../../../apps/datacenter/data/publicity/articles.json', import.meta.url),
)

const Shipped = z.object({ articles: z.array(PublicityArticleBody.extend({ id: RecordId })) })
export type ShippedArticle = z.infer<typeof Shipped>['articles'][number]

/** The shipped file, checked: a malformed article stops the start with its place named. */
export function readShippedArticles(path = PUBLICITY_DATA): ShippedArticle[] {
  return Shipped.parse(JSON.parse(readFileSync(path, 'utf8'))).articles
}

/** Writes the shipped articles, except those operators have edited since. Returns how many rows it wrote. */
export async function loadPublicity(db: Db, articles = readShippedArticles()): Promise<number> {
  if (!articles.length) return 0
  const written = await db
    .insert(publicityArticles)
    .values(articles)
    .onConflictDoUpdate({
      target: publicityArticles.id,
      set: {
        topic: sql`excluded.topic`,
        title: sql`excluded.title`,
        summary: sql`excluded.summary`,
        paragraphs: sql`excluded.paragraphs`,
        citations: sql`excluded.citations`,
        publishedOn: sql`excluded.published_on`,
        month: sql`excluded.month`,
      },
      setWhere: isNull(publicityArticles.editedAt),
    })
    .returning({ id: publicityArticles.id })
  return written.length
}
