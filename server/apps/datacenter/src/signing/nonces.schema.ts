import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { answerConflicts } from '../db/conflict-rules.js'

/** Signed-request nonces inside the signature window (PostgreSQL deployments: shared by every instance). */
export const requestNonces = pgTable(
  'request_nonces',
  {
    nonce: text('nonce').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_nonces_expires_idx').on(t.expiresAt)],
)

// A replayed nonce is inserted ON CONFLICT DO NOTHING and refused by the signature guard.
answerConflicts({ request_nonces_pkey: null })
