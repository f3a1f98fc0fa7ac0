import { Injectable } from '@nestjs/common'
import { and, asc, desc, eq, gte, inArray, ne } from 'drizzle-orm'
import type { Channel, LocalDate, RatingTag } from '@pocket/contract'
import { catalogItems } from '../catalog/catalog.schema.js'
import { DbContext } from '../db/transactions.js'
import { institutions, people } from '../directory/directory.schema.js'
import { ratings } from '../ratings/ratings.schema.js'
import { requests } from '../requests/requests.schema.js'
import { ACTIVE_APPOINTMENT, appointments } from './booking.schema.js'

export type AppointmentRow = typeof appointments.$inferSelect
export type NewAppointment = typeof appointments.$inferInsert

/** An appointment with the names a screen shows next to it. */
export interface AppointmentRecord extends AppointmentRow {
  itemName: string
  institution: { id: string; name: string; address: string; phone: string }
  contactPhone: string
  channel: Channel
  ratingScore: number | null
  ratingTags: RatingTag[] | null
  ratingComment: string | null
  adviserName: string | null
}

/** The bookings themselves: who holds which slot, in what state, and what a screen shows with them. */
@Injectable()
export class AppointmentsRepository {
  constructor(private readonly db: DbContext) {}

  /** Inserts unless the resident already holds an active booking of the item that day. */
  async insert(a: NewAppointment): Promise<boolean> {
    const rows = await this.db.q
      .insert(appointments)
      .values(a)
      .onConflictDoNothing()
      .returning({ number: appointments.number })
    return rows.length === 1
  }

  /** Another active booking of the same item on that day, besides `number`. */
  async activeOnDay(accountId: string, itemCode: string, date: LocalDate, number: string): Promise<boolean> {
    const [row] = await this.db.q
      .select({ number: appointments.number })
      .from(appointments)
      .where(
        and(
          eq(appointments.accountId, accountId),
          eq(appointments.itemCode, itemCode),
          eq(appointments.date, date),
          inArray(appointments.status, ACTIVE_APPOINTMENT),
          ne(appointments.number, number),
        ),
      )
    return !!row
  }

  /** The appointment row, locked until the transaction ends (for a change of state). */
  async lock(number: string): Promise<AppointmentRow | null> {
    const [row] = await this.db.q.select().from(appointments).where(eq(appointments.number, number)).for('update')
    return row ?? null
  }

  async update(number: string, changes: Partial<NewAppointment>): Promise<void> {
    await this.db.q.update(appointments).set(changes).where(eq(appointments.number, number))
  }

  async record(number: string): Promise<AppointmentRecord | null> {
    const [row] = await this.records().where(eq(appointments.number, number))
    return row ?? null
  }

  async ofInstitutionOnDay(institutionId: string, date: LocalDate): Promise<AppointmentRecord[]> {
    return this.records()
      .where(and(eq(appointments.institutionId, institutionId), eq(appointments.date, date)))
      .orderBy(asc(appointments.startsAt), asc(appointments.number))
  }

  async ofAccount(accountId: string): Promise<AppointmentRecord[]> {
    return this.records().where(eq(appointments.accountId, accountId)).orderBy(desc(appointments.startsAt))
  }

  private records() {
    return this.db.q
      .select({
        ...APPOINTMENT_COLUMNS,
        itemName: catalogItems.name,
        institution: {
          id: institutions.id,
          name: institutions.name,
          address: institutions.address,
          phone: institutions.phone,
        },
        contactPhone: requests.contactPhone,
        channel: requests.channel,
        ratingScore: ratings.score,
        ratingTags: ratings.tags,
        ratingComment: ratings.comment,
        adviserName: people.name,
      })
      .from(appointments)
      .innerJoin(requests, eq(requests.number, appointments.number))
      .leftJoin(ratings, eq(ratings.number, appointments.number))
      .innerJoin(catalogItems, eq(catalogItems.code, appointments.itemCode))
      .innerJoin(institutions, eq(institutions.id, appointments.institutionId))
      .leftJoin(people, eq(people.id, appointments.adviserPersonId))
      .$dynamic()
  }

  /** Bookings still to be served at an institution from `after` on, newest booked first. */
  bookedAfter(institutionId: string, after: Date): Promise<AppointmentRow[]> {
    return this.db.q
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.institutionId, institutionId),
          eq(appointments.status, 'booked'),
          gte(appointments.startsAt, after),
        ),
      )
      .orderBy(desc(appointments.createdAt), desc(appointments.number))
  }

  /** The status of each of these requests, by number (what 我的办件 and 进度查询 show). */
  async statuses(numbers: string[]): Promise<Map<string, string>> {
    if (numbers.length === 0) return new Map()
    const rows = await this.db.q
      .select({ number: appointments.number, status: appointments.status })
      .from(appointments)
      .where(inArray(appointments.number, numbers))
    return new Map(rows.map((r) => [r.number, r.status]))
  }
}

const APPOINTMENT_COLUMNS = {
  number: appointments.number,
  accountId: appointments.accountId,
  itemCode: appointments.itemCode,
  institutionId: appointments.institutionId,
  date: appointments.date,
  start: appointments.start,
  end: appointments.end,
  startsAt: appointments.startsAt,
  status: appointments.status,
  topic: appointments.topic,
  note: appointments.note,
  consultationId: appointments.consultationId,
  adviserPersonId: appointments.adviserPersonId,
  createdAt: appointments.createdAt,
}
