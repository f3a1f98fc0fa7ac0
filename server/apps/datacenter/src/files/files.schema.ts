import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { UploadMime } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { consultations } from '../consultations/consultations.schema.js'
import { requests } from '../requests/requests.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * Uploaded files: the bytes are in object storage, this row says whose they are and what they
 * belong to. Unattached, a file is its owner's alone; attached to a request, the staff of the
 * office handling that request may read it too; sent in a conversation, its parties may.
 */
export const files = pgTable(
  'files',
  {
    id: text('id').primaryKey(),
    ownerAccountId: text('owner_account_id')
      .notNull()
      .references(() => accounts.id),
    mime: text('mime', { enum: valuesOf(UploadMime) }).notNull(),
    size: integer('size').notNull(),
    name: text('name').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    requestNumber: text('request_number').references(() => requests.number),
    /** Sent in a conversation (a photo, a voice note): its parties may read it. */
    consultationId: text('consultation_id').references(() => consultations.id),
    /** Claimed by the orphan sweep: its bytes are being deleted, and it can no longer be attached. */
    sweptAt: timestamp('swept_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('files_request_idx').on(t.requestNumber),
    index('files_owner_idx').on(t.ownerAccountId, t.createdAt),
    // The sweep reads only files attached to nothing, oldest first.
    index('files_unattached_idx')
      .on(t.createdAt)
      .where(sql`${t.requestNumber} is null and ${t.consultationId} is null`),
  ],
)

answerConflicts({ files_pkey: null, files_storage_key_unique: null })
