import type { NoticeOf, WeekChangeEffect, WeeklySlot } from '@pocket/contract'
import { localDateOf, localTimeOf, weekdayOf } from '@pocket/contract'
import { overlapping } from './slot-plan.js'

// Saving a whole weekly template at once: what it offers, and which coming bookings it leaves no
// seat for. The same reckoning answers the preview and does the save, so what staff were shown
// is what happens.

/** The slots a template offers: those with seats. */
export function offeredWeek(weekly: WeeklySlot[]): WeeklySlot[] {
  return weekly.filter((s) => s.seats > 0)
}

/** Why an offered week cannot be saved (two slots of a day overlap, one ends before it starts), or null. */
export function weekProblem(offered: WeeklySlot[]): NoticeOf | null {
  for (const s of offered) {
    const where = { weekday: s.weekday, start: s.start, end: s.end }
    if (s.end <= s.start) return { key: 'week.endBeforeStart', params: where }
    const same = offered.filter((o) => o.weekday === s.weekday && o.start === s.start)
    const clash = same.length > 1 ? same.find((o) => o !== s) : overlapping(offered, s)
    if (clash) return { key: 'week.overlap', params: { ...where, otherStart: clash.start, otherEnd: clash.end } }
  }
  return null
}

/** The seats a template gives a dated slot: undefined where it has no such weekly slot. */
function seatsIn(week: WeeklySlot[], at: Date): number | undefined {
  const weekday = weekdayOf(localDateOf(at))
  const start = localTimeOf(at)
  return week.find((w) => w.weekday === weekday && w.start === start)?.seats
}

/**
 * The seats the change gives a dated slot (0: no longer offered), and what it had (undefined: a
 * slot the old template did not have); null where the change does not touch it.
 */
export function changedSeats(
  before: WeeklySlot[],
  after: WeeklySlot[],
  at: Date,
): { was: number | undefined; now: number } | null {
  const was = seatsIn(before, at)
  const now = seatsIn(after, at)
  return was === now ? null : { was, now: now ?? 0 }
}

/**
 * Coming bookings the new template leaves no seat for, in the order given (newest booked first):
 * per dated slot whose seats it lowers, those beyond the new seats. A booking in a slot the old
 * template did not have (a 调休 day that follows another weekday) is not this change's to cancel.
 */
export function doomedBookings<B extends { startsAt: Date }>(
  booked: B[],
  before: WeeklySlot[],
  after: WeeklySlot[],
): { booking: B; offered: boolean }[] {
  const groups = new Map<number, B[]>()
  for (const b of booked) groups.set(b.startsAt.getTime(), [...(groups.get(b.startsAt.getTime()) ?? []), b])
  const doomed: { booking: B; offered: boolean }[] = []
  for (const group of groups.values()) {
    const change = changedSeats(before, after, group[0].startsAt)
    if (!change || change.was === undefined) continue
    for (const booking of group.slice(0, Math.max(0, group.length - change.now)))
      doomed.push({ booking, offered: change.now > 0 })
  }
  return doomed
}

/** What the doomed bookings amount to, slot by slot, soonest first. */
export function effectOf(doomed: { booking: { startsAt: Date } }[]): WeekChangeEffect {
  const bySlot = new Map<number, number>()
  for (const { booking } of doomed)
    bySlot.set(booking.startsAt.getTime(), (bySlot.get(booking.startsAt.getTime()) ?? 0) + 1)
  const slots = [...bySlot.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ms, cancelled]) => ({ date: localDateOf(ms), start: localTimeOf(ms), cancelled }))
  return { cancelled: doomed.length, slots }
}
