import { bigint, index, jsonb, pgSequence, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { Channel, RequestKind, type NoticeOf } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { institutions } from '../directory/directory.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * Feeds the sequence part of unified numbers. A sequence, not a counter row: it never holds a lock
 * until commit, so concurrent requests do not queue behind each other; a rolled-back request leaves
 * a gap, which numbers may have (they must be unique, not dense).
 */
export const requestNumberSeq = pgSequence('request_number_seq')

/** Every request of every kind and channel, under its unified number (统一编号). */
export const requests = pgTable(
  'requests',
  {
    number: text('number').primaryKey(),
    kind: text('kind', { enum: valuesOf(RequestKind) }).notNull(),
    channel: text('channel', { enum: valuesOf(Channel) }).notNull(),
    /** Null for requests taken by the hotline or a hall for someone without an account. */
    accountId: text('account_id').references(() => accounts.id),
    contactPhone: text('contact_phone').notNull(),
    title: text('title').notNull(),
    institutionId: text('institution_id').references(() => institutions.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('requests_account_idx').on(t.accountId, t.createdAt)],
)

/** The progress of a request, one row per step, shown to the applicant as its timeline. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    number: text('number')
      .notNull()
      .references(() => requests.number),
    status: text('status').notNull(),
    /** What a person wrote with the step (a reason, an outcome). */
    note: text('note'),
    /** What the data center says of the step, read in the applicant's language (a reschedule, a closure). */
    notice: jsonb('notice').$type<NoticeOf>(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('request_events_number_idx').on(t.number, t.id)],
)

/** A client's Idempotency-Key: the first request made with it, and a hash of what it asked. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    key: text('key').notNull(),
    bodyHash: text('body_hash').notNull(),
    number: text('number').references(() => requests.number),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
)

// Numbers come from a sequence; an Idempotency-Key is claimed ON CONFLICT DO NOTHING.
answerConflicts({ requests_pkey: null, request_events_pkey: null, idempotency_keys_account_id_key_pk: null })
