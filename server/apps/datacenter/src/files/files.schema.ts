import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { UploadMime } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * Uploaded files: the bytes are in object storage, this row says whose they are and what they
 * belong to. Unattached, a file is its owner's alone. Attached, it names the record it belongs to
 * by kind and id (a request's number, a conversation's id): the files domain knows no other
 * domain, and the domain that attached it says who else may read it (`FileAccess`).
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
    /** What it is attached to: a kind a domain chose ('request', 'consultation'), and its id. */
    attachedKind: text('attached_kind'),
    attachedId: text('attached_id'),
    /** Claimed by the orphan sweep: its bytes are being deleted, and it can no longer be attached. */
    sweptAt: timestamp('swept_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('files_attached_idx').on(t.attachedKind, t.attachedId),
    index('files_owner_idx').on(t.ownerAccountId, t.createdAt),
    // The sweep reads only files attached to nothing, oldest first.
    index('files_unattached_idx')
      .on(t.createdAt)
      .where(sql`${t.attachedId} is null`),
    check('files_attached_both', sql`(${t.attachedKind} is null) = (${t.attachedId} is null)`),
  ],
)

answerConflicts({ files_pkey: null, files_storage_key_unique: null })
