import { Injectable } from '@nestjs/common'
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm'
import { addDays, instantAt, type DcBookingPlace, type LocalDate } from '@pocket/contract'
import { catalogItems } from '../catalog/catalog.schema.js'
import { DbContext } from '../db/transactions.js'
import { institutions } from '../directory/directory.schema.js'
import { toRatingSummary } from '../ratings/rating-summary.js'
import { ratings } from '../ratings/ratings.schema.js'
import { bookingRules, calendarDays, closures, institutionItems, slotSeats, weeklySlots } from './booking.schema.js'
import type { DayFacts, WeeklySlot } from './slot-plan.js'

/**
 * What can be booked and when: items' rules, the places that offer them, each institution's week
 * and closures, the calendar's holidays, and the seats counted on each dated slot.
 */
@Injectable()
export class ScheduleRepository {
  constructor(private readonly db: DbContext) {}

  async item(code: string): Promise<{ name: string } | null> {
    const [row] = await this.db.q
      .select({ name: catalogItems.name })
      .from(catalogItems)
      .where(eq(catalogItems.code, code))
    return row ?? null
  }

  async institutionExists(id: string): Promise<boolean> {
    const [row] = await this.db.q.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, id))
    return !!row
  }

  async rule(itemCode: string): Promise<{ minNoticeMinutes: number; horizonDays: number } | null> {
    const [row] = await this.db.q
      .select({ minNoticeMinutes: bookingRules.minNoticeMinutes, horizonDays: bookingRules.horizonDays })
      .from(bookingRules)
      .where(eq(bookingRules.itemCode, itemCode))
    return row ?? null
  }

  async setRule(itemCode: string, rule: { minNoticeMinutes: number; horizonDays: number }): Promise<void> {
    await this.db.q
      .insert(bookingRules)
      .values({ itemCode, ...rule })
      .onConflictDoUpdate({ target: bookingRules.itemCode, set: rule })
  }

  /** The institutions that take bookings for an item, with their satisfaction ratings. */
  async institutionsFor(itemCode: string): Promise<DcBookingPlace[]> {
    const scores = this.db.q
      .select({
        institutionId: ratings.institutionId,
        average: sql<string | null>`avg(${ratings.score})`.as('average'),
        count: sql<number>`count(*)::int`.as('count'),
      })
      .from(ratings)
      .groupBy(ratings.institutionId)
      .as('scores')
    const rows = await this.db.q
      .select({
        id: institutions.id,
        kind: institutions.kind,
        name: institutions.name,
        regionCode: institutions.regionCode,
        address: institutions.address,
        lat: institutions.lat,
        lng: institutions.lng,
        hours: institutions.hours,
        phone: institutions.phone,
        services: institutions.services,
        isDemo: institutions.isDemo,
        average: scores.average,
        count: scores.count,
      })
      .from(institutionItems)
      .innerJoin(institutions, eq(institutions.id, institutionItems.institutionId))
      .leftJoin(scores, eq(scores.institutionId, institutions.id))
      .where(eq(institutionItems.itemCode, itemCode))
      .orderBy(asc(institutions.regionCode), asc(institutions.id))
    return rows.map(({ average, count, ...i }) => ({ ...i, rating: toRatingSummary(average, count) }))
  }

  /** Everything that decides an institution's slots on a day for an item; null when the item takes no bookings. */
  async dayFacts(institutionId: string, itemCode: string, date: LocalDate): Promise<DayFacts | null> {
    const q = this.db.q
    const [rule] = await q.select().from(bookingRules).where(eq(bookingRules.itemCode, itemCode))
    if (!rule) return null
    const [offered] = await q
      .select({ id: institutionItems.institutionId })
      .from(institutionItems)
      .where(and(eq(institutionItems.institutionId, institutionId), eq(institutionItems.itemCode, itemCode)))
    const [calendar] = await q.select().from(calendarDays).where(eq(calendarDays.date, date))
    const [closure] = await q
      .select({ reason: closures.reason })
      .from(closures)
      .where(and(eq(closures.institutionId, institutionId), eq(closures.date, date)))
    const week = await this.weeklyOf(institutionId)
    const counted = await q
      .select({ startsAt: slotSeats.startsAt, seats: slotSeats.seats, booked: slotSeats.booked })
      .from(slotSeats)
      .where(
        and(
          eq(slotSeats.institutionId, institutionId),
          gte(slotSeats.startsAt, instantAt(date, '00:00')),
          lt(slotSeats.startsAt, instantAt(addDays(date, 1), '00:00')),
        ),
      )
    const byWeekday = (weekday: number): WeeklySlot[] => week.filter((w) => w.weekday === weekday)
    return {
      date,
      rule,
      offered: !!offered,
      calendar: calendar ? { kind: calendar.kind, name: calendar.name, asWeekday: calendar.asWeekday } : null,
      closure: closure ?? null,
      weekly: byWeekday,
      taken: new Map(counted.map((c) => [c.startsAt.getTime(), { seats: c.seats, booked: c.booked }])),
    }
  }

  /**
   * Takes one seat of a dated slot, atomically: the row is created on the slot's first booking,
   * then one conditional UPDATE either counts the seat or finds none left. Concurrent takers queue
   * on the row lock; each re-reads `booked` before deciding, so exactly `seats` of them win.
   */
  async takeSeat(institutionId: string, startsAt: Date, seats: number): Promise<boolean> {
    await this.db.q.insert(slotSeats).values({ institutionId, startsAt, seats }).onConflictDoNothing()
    const taken = await this.db.q
      .update(slotSeats)
      .set({ booked: sql`${slotSeats.booked} + 1` })
      .where(
        and(
          eq(slotSeats.institutionId, institutionId),
          eq(slotSeats.startsAt, startsAt),
          sql`${slotSeats.booked} < ${slotSeats.seats}`,
        ),
      )
      .returning({ booked: slotSeats.booked })
    return taken.length === 1
  }

  async releaseSeat(institutionId: string, startsAt: Date): Promise<void> {
    await this.db.q
      .update(slotSeats)
      .set({ booked: sql`${slotSeats.booked} - 1` })
      .where(
        and(eq(slotSeats.institutionId, institutionId), eq(slotSeats.startsAt, startsAt), sql`${slotSeats.booked} > 0`),
      )
  }

  async weeklyOf(institutionId: string): Promise<(WeeklySlot & { weekday: number })[]> {
    return this.db.q
      .select({
        weekday: weeklySlots.weekday,
        start: weeklySlots.start,
        end: weeklySlots.end,
        seats: weeklySlots.seats,
      })
      .from(weeklySlots)
      .where(eq(weeklySlots.institutionId, institutionId))
      .orderBy(asc(weeklySlots.weekday), asc(weeklySlots.start))
  }

  /** Holds an institution's weekly schedule for the rest of the transaction. */
  async lockWeek(institutionId: string): Promise<void> {
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${`week:${institutionId}`}))`)
  }

  async putWeekly(institutionId: string, weekday: number, start: string, end: string, seats: number): Promise<void> {
    await this.db.q
      .insert(weeklySlots)
      .values({ institutionId, weekday, start, end, seats })
      .onConflictDoUpdate({
        target: [weeklySlots.institutionId, weeklySlots.weekday, weeklySlots.start],
        set: { end, seats },
      })
  }

  async deleteWeekly(institutionId: string, weekday: number, start: string): Promise<void> {
    await this.db.q
      .delete(weeklySlots)
      .where(
        and(
          eq(weeklySlots.institutionId, institutionId),
          eq(weeklySlots.weekday, weekday),
          eq(weeklySlots.start, start),
        ),
      )
  }

  closuresFrom(institutionId: string, from: LocalDate): Promise<{ date: string; reason: string }[]> {
    return this.db.q
      .select({ date: closures.date, reason: closures.reason })
      .from(closures)
      .where(and(eq(closures.institutionId, institutionId), gte(closures.date, from)))
      .orderBy(asc(closures.date))
  }

  async putClosure(institutionId: string, date: LocalDate, reason: string): Promise<void> {
    await this.db.q
      .insert(closures)
      .values({ institutionId, date, reason })
      .onConflictDoUpdate({ target: [closures.institutionId, closures.date], set: { reason } })
  }

  async deleteClosure(institutionId: string, date: LocalDate): Promise<void> {
    await this.db.q.delete(closures).where(and(eq(closures.institutionId, institutionId), eq(closures.date, date)))
  }

  /** Counted seats of an institution's dated slots from `after` on. */
  seatsAfter(institutionId: string, after: Date): Promise<{ startsAt: Date; seats: number; booked: number }[]> {
    return this.db.q
      .select({ startsAt: slotSeats.startsAt, seats: slotSeats.seats, booked: slotSeats.booked })
      .from(slotSeats)
      .where(and(eq(slotSeats.institutionId, institutionId), gte(slotSeats.startsAt, after)))
  }

  async setSeats(institutionId: string, startsAt: Date, seats: number): Promise<void> {
    await this.db.q
      .update(slotSeats)
      .set({ seats })
      .where(and(eq(slotSeats.institutionId, institutionId), eq(slotSeats.startsAt, startsAt)))
  }

  async setCalendarDay(
    date: LocalDate,
    mark: { kind: 'holiday' | 'workday'; name: string; asWeekday: number | null } | null,
  ): Promise<void> {
    if (!mark) {
      await this.db.q.delete(calendarDays).where(eq(calendarDays.date, date))
      return
    }
    await this.db.q
      .insert(calendarDays)
      .values({ date, ...mark })
      .onConflictDoUpdate({ target: calendarDays.date, set: mark })
  }
}
