import { Injectable } from '@nestjs/common'
import type { DcSchedule, LocalDate, WeekChangeEffect, WeeklySlot } from '@pocket/contract'
import { CLOSURE_MAX_DAYS_AHEAD, daysBetween, localDateOf } from '@pocket/contract'
import { AppError } from '#common'
import { assertSelf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { AppointmentsRepository } from './appointments.repository.js'
import { BookingService } from './booking.service.js'
import { ScheduleRepository } from './schedule.repository.js'
import { changedSeats, doomedBookings, effectOf, offeredWeek, weekProblem } from './week-change.js'
import { StaffInstitution } from '../accounts/staff-institution.js'

/** The slots a template offers, or a clear refusal of the whole template. */
function checkedWeek(weekly: WeeklySlot[]): WeeklySlot[] {
  const offered = offeredWeek(weekly)
  const problem = weekProblem(offered)
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { field: 'weekly' })
  return offered
}

/** Staff edit their institution's week and closures; no booking is stranded silently. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly repo: ScheduleRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly bookings: BookingService,
    private readonly staff: StaffInstitution,
    private readonly tx: TransactionRunner,
  ) {}

  async get(actor: Actor, accountId: string, cancelled = 0): Promise<DcSchedule> {
    assertSelf(actor, accountId)
    const institution = await this.staff.of(actor)
    return {
      institution,
      weekly: await this.repo.weeklyOf(institution.id),
      closures: await this.repo.closuresFrom(institution.id, localDateOf(Date.now())),
      cancelled,
    }
  }

  /** What saving `weekly` would cancel among coming bookings; nothing is saved. */
  async previewWeek(actor: Actor, accountId: string, weekly: WeeklySlot[]): Promise<WeekChangeEffect> {
    assertSelf(actor, accountId)
    const institution = await this.staff.of(actor)
    const after = checkedWeek(weekly)
    const before = await this.repo.weeklyOf(institution.id)
    return effectOf(doomedBookings(await this.appointments.bookedAfter(institution.id, new Date()), before, after))
  }

  /**
   * Saves the whole weekly template at once. Coming bookings it leaves no seat for (newest booked
   * first) are cancelled and their residents told; the counted seats of coming dates follow.
   */
  async replaceWeek(actor: Actor, accountId: string, weekly: WeeklySlot[]): Promise<DcSchedule> {
    assertSelf(actor, accountId)
    const institution = await this.staff.of(actor)
    const after = checkedWeek(weekly)
    const now = new Date()
    const cancelled = await this.tx.run(async () => {
      // Two desks saving one week at once: one after the other, each against what the other saved.
      await this.repo.lockWeek(institution.id)
      const before = await this.repo.weeklyOf(institution.id)
      const key = (s: { weekday: number; start: string }) => `${s.weekday} ${s.start}`
      const kept = new Set(after.map(key))
      for (const s of before) if (!kept.has(key(s))) await this.repo.deleteWeekly(institution.id, s.weekday, s.start)
      for (const s of after) {
        const was = before.find((b) => key(b) === key(s))
        if (!was || was.end !== s.end || was.seats !== s.seats)
          await this.repo.putWeekly(institution.id, s.weekday, s.start, s.end, s.seats)
      }
      const doomed = doomedBookings(await this.appointments.bookedAfter(institution.id, now), before, after)
      for (const { booking, offered } of doomed)
        await this.bookings.cancelForInstitution(actor, booking, {
          key: offered ? 'timeline.seatsReduced' : 'timeline.hoursChanged',
        })
      for (const s of await this.repo.seatsAfter(institution.id, now)) {
        const change = changedSeats(before, after, s.startsAt)
        if (change) await this.repo.setSeats(institution.id, s.startsAt, Math.max(change.now, s.booked))
      }
      return doomed.length
    })
    return this.get(actor, accountId, cancelled)
  }

  /** Closes a day: its bookings are cancelled and their residents told. */
  async close(actor: Actor, accountId: string, date: LocalDate, reason: string): Promise<DcSchedule> {
    assertSelf(actor, accountId)
    const institution = await this.staff.of(actor)
    const today = localDateOf(Date.now())
    if (date < today) throw new AppError('VALIDATION_FAILED', { key: 'schedule.pastDate' }, { field: 'date' })
    if (daysBetween(today, date) > CLOSURE_MAX_DAYS_AHEAD)
      throw new AppError('VALIDATION_FAILED', { key: 'schedule.closureTooFar' }, { field: 'date' })
    const cancelled = await this.tx.run(async () => {
      await this.repo.putClosure(institution.id, date, reason)
      const onDay = (await this.appointments.bookedAfter(institution.id, new Date())).filter((b) => b.date === date)
      for (const b of onDay)
        await this.bookings.cancelForInstitution(actor, b, { key: 'timeline.closed', params: { reason } })
      return onDay.length
    })
    return this.get(actor, accountId, cancelled)
  }

  async reopen(actor: Actor, accountId: string, date: LocalDate): Promise<DcSchedule> {
    assertSelf(actor, accountId)
    const institution = await this.staff.of(actor)
    await this.repo.deleteClosure(institution.id, date)
    return this.get(actor, accountId)
  }
}
