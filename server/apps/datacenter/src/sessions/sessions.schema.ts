import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

/** A refresh-token family: one sign-in on one device. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    createdAt: createdAt(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sessions_token_idx').on(t.tokenHash),
    index('sessions_account_idx').on(t.accountId),
    index('sessions_revoked_idx').on(t.revokedAt),
  ],
)

/** Refresh tokens already exchanged; presenting one again means it was stolen. */
export const spentRefreshTokens = pgTable('spent_refresh_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  sessionId: text('session_id')
    .notNull()
    .references(() => sessions.id),
  spentAt: timestamp('spent_at', { withTimezone: true }).notNull().defaultNow(),
})

// Tokens are random; a rotation updates the row it locked, so two rotations never spend one token twice.
answerConflicts({ sessions_pkey: null, sessions_token_idx: null, spent_refresh_tokens_pkey: null })
