import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { HardshipBasis, LegalAidCaseType, LegalAidStatus } from '@pocket/contract'
import { accounts } from '../accounts/accounts.schema.js'
import { createdAt, valuesOf } from '../db/columns.js'
import { institutions } from '../directory/directory.schema.js'
import { requests } from '../requests/requests.schema.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * 法律援助申请. The ID number is kept only sealed (`idSealed` under key `idKeyId`), as a keyed
 * hash for look-up, and masked for display: no column holds it in the clear.
 */
export const legalAidApplications = pgTable(
  'legal_aid_applications',
  {
    number: text('number')
      .primaryKey()
      .references(() => requests.number),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    status: text('status', { enum: valuesOf(LegalAidStatus) }).notNull(),
    applicantName: text('applicant_name').notNull(),
    idKeyId: text('id_key_id').notNull(),
    idSealed: text('id_sealed').notNull(),
    idLookup: text('id_lookup').notNull(),
    idMasked: text('id_masked').notNull(),
    caseType: text('case_type', { enum: valuesOf(LegalAidCaseType) }).notNull(),
    summary: text('summary').notNull(),
    hardshipBasis: text('hardship_basis', { enum: valuesOf(HardshipBasis) }).notNull(),
    hardshipNote: text('hardship_note').notNull(),
    reason: text('reason'),
    assignee: text('assignee'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('legal_aid_institution_idx').on(t.institutionId, t.createdAt),
    index('legal_aid_account_idx').on(t.accountId),
    index('legal_aid_id_lookup_idx').on(t.idLookup),
  ],
)

answerConflicts({ legal_aid_applications_pkey: null })
