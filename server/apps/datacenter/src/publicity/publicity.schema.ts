import { date, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { PublicityTopic } from '@pocket/contract'
import { valuesOf } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * 法治宣传 articles. Citations are kept as written (`<law short title> <number>`) and resolved to
 * the library's articles when read, so a law's new version is cited without touching the article.
 */
export const publicityArticles = pgTable(
  'publicity_articles',
  {
    id: text('id').primaryKey(),
    topic: text('topic', { enum: valuesOf(PublicityTopic) }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    paragraphs: jsonb('paragraphs').$type<string[]>().notNull(),
    citations: jsonb('citations').$type<string[]>().notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    /** The month (YYYY-MM) it is 本月普法, if any. */
    month: text('month'),
    /** When operators last published it; null while it is the shipped text (which a start may update). */
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [index('publicity_articles_published_idx').on(t.publishedOn)],
)

answerConflicts({ publicity_articles_pkey: null })
