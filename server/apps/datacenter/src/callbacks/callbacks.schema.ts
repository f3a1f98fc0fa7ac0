import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { CallbackState, CallbackWindow } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { institutions } from '../directory/directory.schema.js'
import { requests } from '../requests/requests.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * A 12348 hotline callback task (请求回拨): the phone to call, when the resident would like it,
 * what about; on the hotline desk that serves the resident's region (a public legal service
 * center), waiting until one of its staff takes it, calls, and closes it (called back, or unreachable).
 */
export const callbacks = pgTable(
  'callbacks',
  {
    number: text('number')
      .primaryKey()
      .references(() => requests.number),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    phone: text('phone').notNull(),
    window: text('window', { enum: valuesOf(CallbackWindow) }).notNull(),
    topic: text('topic').notNull(),
    state: text('state', { enum: valuesOf(CallbackState) }).notNull(),
    note: text('note'),
    /** The desk's institution (null only where no public legal service center exists at all). */
    deskId: text('desk_id').references(() => institutions.id),
    takenBy: text('taken_by').references(() => accounts.id),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    closedBy: text('closed_by').references(() => accounts.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('callbacks_desk_state_idx').on(t.deskId, t.state, t.createdAt)],
)

answerConflicts({ callbacks_pkey: null })
