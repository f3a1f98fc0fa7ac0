import { Injectable } from '@nestjs/common'
import type { DcSchedule, LocalDate } from '@pocket/contract'
import { CLOSURE_MAX_DAYS_AHEAD, daysBetween, localDateOf, localTimeOf, weekdayOf } from '@pocket/contract'
import { AppError } from '#common'
import { assertSelf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { BookingRepository } from './booking.repository.js'
import { BookingService } from './booking.service.js'
import { overlapping } from './slot-plan.js'
import { StaffInstitution } from '../accounts/staff-institution.js'

/** Staff edit their institution's week and closures; no booking is stranded silently. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly repo: BookingRepository,
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

  /**
   * Sets a weekly slot's end and seats (0 removes it). Coming bookings beyond the new seats, newest
   * first, are cancelled and their residents told; the counted seats of coming dates follow.
   */
  async changeSlot(
    actor: Actor,
    accountId: string,
    slot: { weekday: number; start: string; end: string; seats: number },
  ): Promise<DcSchedule> {
    assertSelf(actor, accountId)
    if (slot.end <= slot.start) throw new AppError('VALIDATION_FAILED', '结束时间应晚于开始时间', { field: 'end' })
    const institution = await this.staff.of(actor)
    const now = new Date()
    const sameSlot = (at: Date) => localTimeOf(at) === slot.start && weekdayOf(localDateOf(at)) === slot.weekday
    const cancelled = await this.tx.run(async () => {
      // Two desks editing one week at once must not each add half of an overlap.
      await this.repo.lockWeek(institution.id)
      const clash = slot.seats > 0 ? overlapping(await this.repo.weeklyOf(institution.id), slot) : null
      if (clash)
        throw new AppError('VALIDATION_FAILED', `与已有时段 ${clash.start}–${clash.end} 重叠，请调整时间`, {
          field: 'end',
        })
      if (slot.seats === 0) await this.repo.deleteWeekly(institution.id, slot.weekday, slot.start)
      else await this.repo.putWeekly(institution.id, slot.weekday, slot.start, slot.end, slot.seats)
      const byStart = new Map<number, Awaited<ReturnType<BookingRepository['bookedAfter']>>>()
      for (const b of (await this.repo.bookedAfter(institution.id, now)).filter((b) => sameSlot(b.startsAt))) {
        byStart.set(b.startsAt.getTime(), [...(byStart.get(b.startsAt.getTime()) ?? []), b])
      }
      let count = 0
      const reason = slot.seats === 0 ? '机构调整了办理时段' : '机构减少了该时段的名额'
      for (const group of byStart.values()) {
        for (const b of group.slice(0, Math.max(0, group.length - slot.seats))) {
          await this.bookings.cancelForInstitution(actor, b, reason)
          count++
        }
      }
      for (const s of (await this.repo.seatsAfter(institution.id, now)).filter((s) => sameSlot(s.startsAt))) {
        await this.repo.setSeats(institution.id, s.startsAt, Math.max(slot.seats, s.booked))
      }
      return count
    })
    return this.get(actor, accountId, cancelled)
  }

  /** Closes a day: its bookings are cancelled and their residents told. */
  async close(actor: Actor, accountId: string, date: LocalDate, reason: string): Promise<DcSchedule> {
    assertSelf(actor, accountId)
    const institution = await this.staff.of(actor)
    const today = localDateOf(Date.now())
    if (date < today) throw new AppError('VALIDATION_FAILED', '不能设置已过去的日期', { field: 'date' })
    if (daysBetween(today, date) > CLOSURE_MAX_DAYS_AHEAD)
      throw new AppError('VALIDATION_FAILED', '只能设置一年之内的闭馆日', { field: 'date' })
    const cancelled = await this.tx.run(async () => {
      await this.repo.putClosure(institution.id, date, reason)
      const onDay = (await this.repo.bookedAfter(institution.id, new Date())).filter((b) => b.date === date)
      for (const b of onDay) await this.bookings.cancelForInstitution(actor, b, `机构闭馆：${reason}`)
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
