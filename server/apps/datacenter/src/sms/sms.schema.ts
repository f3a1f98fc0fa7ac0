import { bigserial, index, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

export const smsChallenges = pgTable(
  'sms_challenges',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    phone: text('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: smallint('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    /** The provider refused to send it: never valid, never counted. */
    undeliveredAt: timestamp('undelivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sms_challenges_phone_idx').on(t.phone, t.createdAt)],
)

answerConflicts({ sms_challenges_pkey: null })
