import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { ComplaintAbout, ComplaintCategory, ComplaintStatus } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { institutions, people } from '../directory/directory.schema.js'
import { requests } from '../requests/requests.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * 投诉. Kept with the office that answers it (the institution complained of, the practitioner's
 * institution, or the office that handled the request), and with the deadline its awaited answer is
 * due by: `dueAt`, and `dueSoonAt` from when it shows as due soon (both null once answered).
 */
export const complaints = pgTable(
  'complaints',
  {
    number: text('number')
      .primaryKey()
      .references(() => requests.number),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    about: text('about', { enum: valuesOf(ComplaintAbout) }).notNull(),
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    practitionerId: text('practitioner_id').references(() => people.id),
    requestNumber: text('request_number').references(() => requests.number),
    category: text('category', { enum: valuesOf(ComplaintCategory) }).notNull(),
    text: text('text').notNull(),
    allowContact: boolean('allow_contact').notNull(),
    status: text('status', { enum: valuesOf(ComplaintStatus) }).notNull(),
    answerText: text('answer_text'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    reviewText: text('review_text'),
    reviewAt: timestamp('review_at', { withTimezone: true }),
    reviewAnswerText: text('review_answer_text'),
    reviewAnsweredAt: timestamp('review_answered_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    dueSoonAt: timestamp('due_soon_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('complaints_institution_idx').on(t.institutionId, t.createdAt),
    index('complaints_account_idx').on(t.accountId),
    index('complaints_due_idx').on(t.dueSoonAt),
  ],
)

answerConflicts({ complaints_pkey: null })
