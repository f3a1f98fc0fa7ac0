import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { ConsultationStatus, MessageKind, SenderRole, type StoredBody } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { people } from '../directory/directory.schema.js'
import { regions } from '../regions/regions.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * A resident's conversation with the adviser of their village (and the backup). `lastSeq` is the
 * sequence of its newest message; a sender takes the next one under this row's lock, so the
 * sequence has no gaps. Each side's read mark only moves forward.
 */
export const consultations = pgTable(
  'consultations',
  {
    id: text('id').primaryKey(),
    residentAccountId: text('resident_account_id')
      .notNull()
      .references(() => accounts.id),
    villageCode: text('village_code')
      .notNull()
      .references(() => regions.code),
    status: text('status', { enum: valuesOf(ConsultationStatus) })
      .notNull()
      .default('open'),
    lastSeq: integer('last_seq').notNull().default(0),
    residentReadSeq: integer('resident_read_seq').notNull().default(0),
    adviserReadSeq: integer('adviser_read_seq').notNull().default(0),
    /** The resident's first message not yet answered, and when the answer is due (null: none awaited). */
    awaitingSince: timestamp('awaiting_since', { withTimezone: true }),
    replyDueAt: timestamp('reply_due_at', { withTimezone: true }),
    /** The backup adviser took it over (adviser away, deadline passed); cleared when it is resolved. */
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The resident's rating of the latest resolution. */
    ratingScore: smallint('rating_score'),
    ratingComment: text('rating_comment'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consultations_resident_village_idx').on(t.residentAccountId, t.villageCode),
    index('consultations_village_idx').on(t.villageCode, t.updatedAt),
    index('consultations_due_idx').on(t.replyDueAt),
  ],
)

/** Each answer to a waiting resident: who answered, how long it took, whether it was late (figures). */
export const consultationReplies = pgTable(
  'consultation_replies',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
    late: boolean('late').notNull(),
  },
  (t) => [index('consultation_replies_person_idx').on(t.personId, t.answeredAt)],
)

/**
 * Every rating a resident gave, one per resolution of the conversation (`resolvedAt` names it):
 * never wiped, so reopening and resolving again cannot erase a rating — the adviser's figures
 * count them all. The conversation's own rating columns say only the current round's.
 */
export const consultationRatings = pgTable(
  'consultation_ratings',
  {
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }).notNull(),
    score: smallint('score').notNull(),
    comment: text('comment').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.resolvedAt] })],
)

/** An adviser on leave until a time: the backup covers their conversations meanwhile. */
export const adviserAway = pgTable('adviser_away', {
  personId: text('person_id')
    .primaryKey()
    .references(() => people.id),
  until: timestamp('until', { withTimezone: true }).notNull(),
  setAt: createdAt(),
})

/** 常用语: an adviser's saved replies, in order. */
export const savedReplies = pgTable('saved_replies', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id),
  items: jsonb('items').$type<string[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Messages, by conversation and sequence; a sender's client-made id is stored once. */
export const messages = pgTable(
  'messages',
  {
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    seq: integer('seq').notNull(),
    clientId: text('client_id').notNull(),
    senderAccountId: text('sender_account_id').references(() => accounts.id),
    senderRole: text('sender_role', { enum: valuesOf(SenderRole) }).notNull(),
    senderName: text('sender_name').notNull(),
    kind: text('kind', { enum: valuesOf(MessageKind) }).notNull(),
    /** A line for lists and search: the text, a card's title; empty for photos and voice notes. */
    text: text('text').notNull(),
    body: jsonb('body').$type<StoredBody>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.seq] }),
    uniqueIndex('messages_sender_client_idx').on(t.senderAccountId, t.clientId),
  ],
)

// Conversations open ON CONFLICT DO NOTHING; sequences are taken under the conversation's row lock;
// away and saved replies are upserts. A message resent while its first send is still being stored
// meets the (sender, clientId) index: the batch is retried item by item, and a lone send is told to wait.
answerConflicts({
  consultations_pkey: null,
  consultations_resident_village_idx: null,
  consultation_replies_pkey: null,
  adviser_away_pkey: null,
  // A rating is inserted ON CONFLICT DO NOTHING under the conversation's lock; a second one is refused.
  consultation_ratings_consultation_id_resolved_at_pk: null,
  saved_replies_pkey: null,
  messages_consultation_id_seq_pk: null,
  messages_sender_client_idx: ['CONFLICT', 'message.sending'],
})
