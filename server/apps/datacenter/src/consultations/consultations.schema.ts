import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { ConsultationStatus, MessageKind, SenderRole, type StoredBody } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { regions } from '../regions/regions.schema.js'

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
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consultations_resident_village_idx').on(t.residentAccountId, t.villageCode),
    index('consultations_village_idx').on(t.villageCode, t.updatedAt),
  ],
)

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
