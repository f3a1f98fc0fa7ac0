import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { CallKind, CallOutcome, CallState } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { consultations } from '../consultations/consultations.schema.js'
import { valuesOf } from '../db/columns.js'
import { people } from '../directory/directory.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * A voice or video call between the two sides of a conversation (全程留痕): who called whom,
 * when it rang, was answered and ended, and how. The resident and the adviser person are kept
 * apart from caller and callee so "is either side in another call" is one indexed question.
 * `*_device` are the sockets the signalling goes between; `*_alive_until` when a side's device
 * last said it is still there, plus the grace the data center allows.
 */
export const calls = pgTable(
  'calls',
  {
    id: text('id').primaryKey(),
    consultationId: text('consultation_id')
      .notNull()
      .references(() => consultations.id),
    kind: text('kind', { enum: valuesOf(CallKind) }).notNull(),
    state: text('state', { enum: valuesOf(CallState) }).notNull(),
    callerSide: text('caller_side', { enum: ['resident', 'adviser'] }).notNull(),
    residentAccountId: text('resident_account_id')
      .notNull()
      .references(() => accounts.id),
    adviserPersonId: text('adviser_person_id')
      .notNull()
      .references(() => people.id),
    callerAccountId: text('caller_account_id')
      .notNull()
      .references(() => accounts.id),
    callerName: text('caller_name').notNull(),
    /** Who answered (null while it rings or if nobody did). */
    calleeAccountId: text('callee_account_id').references(() => accounts.id),
    calleeName: text('callee_name').notNull(),
    callerDevice: text('caller_device').notNull(),
    calleeDevice: text('callee_device'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    outcome: text('outcome', { enum: valuesOf(CallOutcome) }),
    callerAliveUntil: timestamp('caller_alive_until', { withTimezone: true }).notNull(),
    calleeAliveUntil: timestamp('callee_alive_until', { withTimezone: true }),
  },
  (t) => [
    index('calls_consultation_idx').on(t.consultationId, t.startedAt),
    index('calls_resident_state_idx').on(t.residentAccountId, t.state),
    index('calls_adviser_state_idx').on(t.adviserPersonId, t.state),
    index('calls_state_idx').on(t.state, t.startedAt),
  ],
)

answerConflicts({ calls_pkey: null })
