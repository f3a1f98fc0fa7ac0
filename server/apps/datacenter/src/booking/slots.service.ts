import { Injectable } from '@nestjs/common'
import type { BookingRule, CalendarDay, DcItemBooking, LocalDate, NoticeKey, Slot, SlotDay } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { assertSystem, type Actor } from '../common/actor.js'
import { ScheduleRepository } from './schedule.repository.js'
import { planDay } from './slot-plan.js'

/** Why a day takes no bookings, as the resident is told it. */
const CLOSED = {
  holiday: 'booking.closed.holiday',
  closure: 'booking.closed.closure',
  no_schedule: 'booking.closed.noSchedule',
  outside_horizon: 'booking.closed.outsideHorizon',
  not_offered: 'booking.closed.notOffered',
} as const satisfies Record<string, NoticeKey>

/**
 * The rules of what can be booked: an item's notice and horizon, the places that offer it, the
 * slots of a day, and a seat taken or given back. Booking, rescheduling and a schedule change ask
 * here; none of them plans a day itself.
 */
@Injectable()
export class SlotsService {
  constructor(private readonly repo: ScheduleRepository) {}

  async itemBooking(itemCode: string): Promise<DcItemBooking> {
    await this.item(itemCode)
    const rule = await this.repo.rule(itemCode)
    return { rule, institutions: rule ? await this.repo.institutionsFor(itemCode) : [] }
  }

  async slots(institutionId: string, itemCode: string, date: LocalDate): Promise<SlotDay> {
    if (!(await this.repo.institutionExists(institutionId))) notFound('institution')
    await this.item(itemCode)
    const facts = await this.repo.dayFacts(institutionId, itemCode, date)
    if (!facts) throw new AppError('NOT_FOUND', { key: 'booking.noBooking' })
    return planDay(facts, Date.now())
  }

  /** The service item a booking is for (its name is the request's title). */
  async item(itemCode: string): Promise<{ name: string }> {
    return (await this.repo.item(itemCode)) ?? notFound('serviceItem')
  }

  /** A bookable slot of the day, its seat taken; refuses with the reason a resident can act on. */
  async take(institutionId: string, itemCode: string, date: LocalDate, start: string): Promise<Slot> {
    if (!(await this.repo.institutionExists(institutionId))) notFound('institution')
    const facts = await this.repo.dayFacts(institutionId, itemCode, date)
    if (!facts) throw new AppError('SLOT_UNAVAILABLE', { key: 'booking.noBooking' })
    const day = planDay(facts, Date.now())
    if (day.closed) throw new AppError('SLOT_UNAVAILABLE', { key: CLOSED[day.closed.reason] })
    const slot = day.slots.find((s) => s.start === start)
    if (!slot) throw new AppError('SLOT_UNAVAILABLE', { key: 'booking.noSuchSlot' })
    if (slot.left > 0 && !slot.bookable)
      throw new AppError('SLOT_UNAVAILABLE', {
        key: 'booking.tooLate',
        params: { minutes: facts.rule.minNoticeMinutes },
      })
    if (!(await this.repo.takeSeat(institutionId, new Date(slot.startsAt), slot.seats)))
      throw new AppError('SLOT_FULL', { key: 'booking.slotFull' })
    return slot
  }

  /** Gives a booking's seat back (it was cancelled or moved). */
  release(institutionId: string, startsAt: Date): Promise<void> {
    return this.repo.releaseSeat(institutionId, startsAt)
  }

  /** Operators tune an item's notice and horizon; bookings already made stand. */
  async setRule(actor: Actor, itemCode: string, rule: BookingRule): Promise<BookingRule> {
    assertSystem(actor)
    await this.item(itemCode)
    await this.repo.setRule(itemCode, rule)
    return rule
  }

  async setCalendarDay(actor: Actor, date: LocalDate, mark: Omit<CalendarDay, 'date'>): Promise<CalendarDay> {
    assertSystem(actor)
    await this.repo.setCalendarDay(
      date,
      mark.kind === 'normal' ? null : { kind: mark.kind, name: mark.name, asWeekday: mark.asWeekday },
    )
    return { date, ...mark }
  }
}
