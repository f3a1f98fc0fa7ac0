import { Injectable } from '@nestjs/common'
import type { ComplaintStatus } from '@pocket/contract'
import { and, asc, between, desc, eq, inArray, isNotNull, like, lte, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { calendarDays } from '../booking/booking.schema.js'
import { DbContext } from '../db/transactions.js'
import { institutions, people } from '../directory/directory.schema.js'
import { ratings } from '../ratings/ratings.schema.js'
import { requests } from '../requests/requests.schema.js'
import type { CalendarMark } from './complaint-deadline.js'
import { complaints } from './complaints.schema.js'

export type NewComplaint = typeof complaints.$inferInsert
export type ComplaintRecord = NonNullable<Awaited<ReturnType<ComplaintsRepository['byNumber']>>>
type Change = Partial<
  Pick<
    NewComplaint,
    | 'status'
    | 'answerText'
    | 'answeredAt'
    | 'reviewText'
    | 'reviewAt'
    | 'reviewAnswerText'
    | 'reviewAnsweredAt'
    | 'dueAt'
    | 'dueSoonAt'
  >
>

/** Statuses in which an answer is awaited from the office. */
export const AWAITING: readonly ComplaintStatus[] = ['submitted', 'review_requested']

/** The request a complaint is about, as its title. */
const about = alias(requests, 'about_request')

/** A complaint as it is shown: with its office, whom it is about, its contact phone and its rating. */
const shown = {
  number: complaints.number,
  accountId: complaints.accountId,
  about: complaints.about,
  institution: { id: institutions.id, name: institutions.name, phone: institutions.phone },
  institutionRegion: institutions.regionCode,
  practitionerId: complaints.practitionerId,
  practitionerName: people.name,
  requestNumber: complaints.requestNumber,
  requestTitle: about.title,
  requestKind: about.kind,
  category: complaints.category,
  text: complaints.text,
  allowContact: complaints.allowContact,
  contactPhone: requests.contactPhone,
  status: complaints.status,
  answerText: complaints.answerText,
  answeredAt: complaints.answeredAt,
  reviewText: complaints.reviewText,
  reviewAt: complaints.reviewAt,
  reviewAnswerText: complaints.reviewAnswerText,
  reviewAnsweredAt: complaints.reviewAnsweredAt,
  dueAt: complaints.dueAt,
  dueSoonAt: complaints.dueSoonAt,
  rating: { score: ratings.score, tags: ratings.tags, comment: ratings.comment },
  createdAt: complaints.createdAt,
}

/** Awaiting ones first, soonest due at the top; then the answered ones, newest first. */
const AWAITING_FIRST = sql`case when ${complaints.dueAt} is null then 1 else 0 end`

@Injectable()
export class ComplaintsRepository {
  constructor(private readonly db: DbContext) {}

  /** The calendar's marks from `from` to `to` (local dates, both included). */
  async calendar(from: string, to: string): Promise<Map<string, CalendarMark>> {
    const rows = await this.db.q
      .select({ date: calendarDays.date, kind: calendarDays.kind })
      .from(calendarDays)
      .where(between(calendarDays.date, from, to))
    return new Map(rows.map((r) => [r.date, r.kind]))
  }

  /**
   * How many of the complainant's complaints still await an answer, with their complaints held for
   * the rest of the transaction (two filed at once cannot both pass the limit).
   */
  async awaitingOf(accountId: string): Promise<number> {
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${`complaint:${accountId}`}))`)
    const [row] = await this.db.q
      .select({ n: sql<number>`count(*)::int` })
      .from(complaints)
      .where(and(eq(complaints.accountId, accountId), inArray(complaints.status, [...AWAITING])))
    return Number(row.n)
  }

  async insert(row: NewComplaint): Promise<void> {
    await this.db.q.insert(complaints).values(row)
  }

  async byNumber(number: string) {
    const [row] = await this.query().where(eq(complaints.number, number))
    return row ?? null
  }

  /** An office's complaints; those about `exceptPerson` (the staff member themself) left out. */
  async ofInstitution(institutionId: string, exceptPerson: string | null, status?: ComplaintStatus) {
    return this.query()
      .where(
        and(
          eq(complaints.institutionId, institutionId),
          exceptPerson
            ? or(sql`${complaints.practitionerId} is null`, sql`${complaints.practitionerId} <> ${exceptPerson}`)
            : undefined,
          status ? eq(complaints.status, status) : undefined,
        ),
      )
      .orderBy(AWAITING_FIRST, asc(complaints.dueAt), desc(complaints.createdAt))
      .limit(200)
  }

  /** Complaints awaiting an answer and due soon or overdue, at offices under a region. */
  async dueSoonIn(regionPrefix: string, now: Date) {
    return this.query()
      .where(
        and(
          isNotNull(complaints.dueSoonAt),
          lte(complaints.dueSoonAt, now),
          like(institutions.regionCode, `${regionPrefix}%`),
        ),
      )
      .orderBy(asc(complaints.dueAt))
      .limit(200)
  }

  /** The row locked for a step, so two people moving it at once take turns. */
  async lock(number: string) {
    const [row] = await this.db.q
      .select({
        accountId: complaints.accountId,
        institutionId: complaints.institutionId,
        practitionerId: complaints.practitionerId,
        status: complaints.status,
        contactPhone: requests.contactPhone,
        rated: sql<boolean>`exists (select 1 from ${ratings} where ${ratings.number} = ${complaints.number})`,
      })
      .from(complaints)
      .innerJoin(requests, eq(requests.number, complaints.number))
      .where(eq(complaints.number, number))
      .for('update', { of: complaints })
    return row ?? null
  }

  async update(number: string, change: Change): Promise<void> {
    await this.db.q
      .update(complaints)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(complaints.number, number))
  }

  /** The status of each of these requests, by number (what 我的办件 and 进度查询 show). */
  async statuses(numbers: string[]): Promise<Map<string, string>> {
    if (numbers.length === 0) return new Map()
    const rows = await this.db.q
      .select({ number: complaints.number, status: complaints.status })
      .from(complaints)
      .where(inArray(complaints.number, numbers))
    return new Map(rows.map((r) => [r.number, r.status]))
  }

  private query() {
    return this.db.q
      .select(shown)
      .from(complaints)
      .innerJoin(requests, eq(requests.number, complaints.number))
      .innerJoin(institutions, eq(institutions.id, complaints.institutionId))
      .leftJoin(people, eq(people.id, complaints.practitionerId))
      .leftJoin(about, eq(about.number, complaints.requestNumber))
      .leftJoin(ratings, eq(ratings.number, complaints.number))
      .$dynamic()
  }
}
