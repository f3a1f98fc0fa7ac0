import { sql } from 'drizzle-orm'
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { NotificationKind } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * Notifications to send, durable: written in the transaction of the change they tell of, due at a
 * time (now, or a slot's reminder time), claimed by one BFF at a time for a lease, and marked sent.
 * No timer in any process holds them, so a restart loses none.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: valuesOf(NotificationKind) }).notNull(),
    /** The request it is about (the outbox names it; the request's domain keeps it). */
    number: text('number'),
    /** The conversation a consultation notice is about. */
    consultationId: text('consultation_id'),
    accountId: text('account_id').references(() => accounts.id),
    /** The phone to text when it is not the account's own: the contact phone a request gave. */
    phone: text('phone'),
    item: text('item').notNull(),
    place: text('place').notNull(),
    when: text('when').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentVia: text('sent_via'),
    /** Set when the change it told of was undone before it was due (a reminder of a cancelled booking). */
    droppedAt: timestamp('dropped_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_due_idx')
      .on(t.dueAt)
      .where(sql`${t.sentAt} is null and ${t.droppedAt} is null`),
    index('notifications_number_idx').on(t.number),
    index('notifications_consultation_idx').on(t.consultationId, t.accountId, t.createdAt),
  ],
)

answerConflicts({ notifications_pkey: null })
