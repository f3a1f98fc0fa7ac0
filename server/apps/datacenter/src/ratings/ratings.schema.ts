import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import type { RatingTag } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt } from '../db/columns.js'
import { institutions } from '../directory/directory.schema.js'
import { requests } from '../requests/requests.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/** One rating per request: its number is the key, so a second one cannot exist. */
export const ratings = pgTable(
  'ratings',
  {
    number: text('number')
      .primaryKey()
      .references(() => requests.number),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    score: integer('score').notNull(),
    tags: jsonb('tags').$type<RatingTag[]>().notNull(),
    comment: text('comment').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('ratings_score', sql`${t.score} between 1 and 5`),
    index('ratings_institution_idx').on(t.institutionId),
  ],
)

// A second rating of one request is inserted ON CONFLICT DO NOTHING and refused by the service.
answerConflicts({ ratings_pkey: null })
