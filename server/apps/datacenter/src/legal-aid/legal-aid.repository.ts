import { Injectable } from '@nestjs/common'
import type { LegalAidStatus } from '@pocket/contract'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { institutionItems } from '../booking/booking.schema.js'
import { DbContext } from '../db/transactions.js'
import { institutions } from '../directory/directory.schema.js'
import { requests } from '../requests/requests.schema.js'
import { legalAidApplications } from './legal-aid.schema.js'

export type NewApplication = typeof legalAidApplications.$inferInsert

/** An application as it is shown: everything but the sealed ID number, with its office and contact. */
const shown = {
  number: legalAidApplications.number,
  accountId: legalAidApplications.accountId,
  status: legalAidApplications.status,
  institution: { id: institutions.id, name: institutions.name, phone: institutions.phone },
  applicantName: legalAidApplications.applicantName,
  idNumberMasked: legalAidApplications.idMasked,
  contactPhone: requests.contactPhone,
  caseType: legalAidApplications.caseType,
  summary: legalAidApplications.summary,
  hardshipBasis: legalAidApplications.hardshipBasis,
  hardshipNote: legalAidApplications.hardshipNote,
  reason: legalAidApplications.reason,
  assignee: legalAidApplications.assignee,
  createdAt: legalAidApplications.createdAt,
}

export type ApplicationRecord = NonNullable<Awaited<ReturnType<LegalAidRepository['byNumber']>>>

/** Open ones first (oldest waiting longest at the top), then the finished ones, newest first. */
const OPEN_FIRST = sql`case when ${legalAidApplications.status} in ('rejected', 'closed') then 1 else 0 end`

@Injectable()
export class LegalAidRepository {
  constructor(private readonly db: DbContext) {}

  /** Whether an institution takes legal aid applications (offers the item). */
  async takesApplications(institutionId: string): Promise<boolean> {
    const [row] = await this.db.q
      .select({ id: institutionItems.institutionId })
      .from(institutionItems)
      .where(and(eq(institutionItems.institutionId, institutionId), eq(institutionItems.itemCode, 'legal-aid')))
    return !!row
  }

  /**
   * The applicant's applications in these statuses, by office, with their applications held for
   * the rest of the transaction (two submitted at once cannot both pass a limit).
   */
  async openOf(
    accountId: string,
    statuses: readonly LegalAidStatus[],
  ): Promise<{ institutionId: string; status: LegalAidStatus }[]> {
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${`legal-aid:${accountId}`}))`)
    return this.db.q
      .select({ institutionId: legalAidApplications.institutionId, status: legalAidApplications.status })
      .from(legalAidApplications)
      .where(and(eq(legalAidApplications.accountId, accountId), inArray(legalAidApplications.status, [...statuses])))
  }

  async insert(row: NewApplication): Promise<void> {
    await this.db.q.insert(legalAidApplications).values(row)
  }

  async byNumber(number: string) {
    const [row] = await this.query().where(eq(legalAidApplications.number, number))
    return row ?? null
  }

  async ofInstitution(institutionId: string, status?: LegalAidStatus) {
    return this.query()
      .where(
        and(
          eq(legalAidApplications.institutionId, institutionId),
          status ? eq(legalAidApplications.status, status) : undefined,
        ),
      )
      .orderBy(
        OPEN_FIRST,
        sql`case when ${OPEN_FIRST} = 0 then ${legalAidApplications.createdAt} end asc`,
        desc(legalAidApplications.createdAt),
      )
      .limit(200)
  }

  /** The row locked for a step, so two staff moving it at once take turns. */
  async lock(number: string) {
    const [row] = await this.db.q
      .select({
        status: legalAidApplications.status,
        institutionId: legalAidApplications.institutionId,
        accountId: legalAidApplications.accountId,
        contactPhone: requests.contactPhone,
      })
      .from(legalAidApplications)
      .innerJoin(requests, eq(requests.number, legalAidApplications.number))
      .where(eq(legalAidApplications.number, number))
      .for('update')
    return row ?? null
  }

  async update(number: string, change: Partial<Pick<NewApplication, 'status' | 'reason' | 'assignee'>>): Promise<void> {
    await this.db.q
      .update(legalAidApplications)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(legalAidApplications.number, number))
  }

  private query() {
    return this.db.q
      .select(shown)
      .from(legalAidApplications)
      .innerJoin(requests, eq(requests.number, legalAidApplications.number))
      .innerJoin(institutions, eq(institutions.id, legalAidApplications.institutionId))
      .$dynamic()
  }

  /** The status of each of these requests, by number (what 我的办件 and 进度查询 show). */
  async statuses(numbers: string[]): Promise<Map<string, string>> {
    if (numbers.length === 0) return new Map()
    const rows = await this.db.q
      .select({ number: legalAidApplications.number, status: legalAidApplications.status })
      .from(legalAidApplications)
      .where(inArray(legalAidApplications.number, numbers))
    return new Map(rows.map((r) => [r.number, r.status]))
  }
}
