import type { ClosedReason, LocalDate, SlotDay } from '@pocket/contract'
import { addDays, instantAt, localDateOf, weekdayOf } from '@pocket/contract'

export interface BookingRule {
  minNoticeMinutes: number
  horizonDays: number
}

export interface WeeklySlot {
  start: string
  end: string
  seats: number
}

export interface CalendarMark {
  kind: 'holiday' | 'workday'
  name: string
  asWeekday: number | null
}

/** What is known of one institution on one day, read in one go by the repository. */
export interface DayFacts {
  date: LocalDate
  rule: BookingRule
  offered: boolean
  calendar: CalendarMark | null
  closure: { reason: string } | null
  /** The weekly schedule of the weekday the day follows. */
  weekly: (weekday: number) => WeeklySlot[]
  /** Seats already counted for a slot, keyed by its start instant (ms). */
  taken: Map<number, { seats: number; booked: number }>
}

/** The days an item can be booked on, as of `now`: from today to today + horizon. */
export function bookingWindow(rule: BookingRule, now: number): { firstDate: LocalDate; lastDate: LocalDate } {
  const today = localDateOf(now)
  return { firstDate: today, lastDate: addDays(today, rule.horizonDays) }
}

/** The weekday whose schedule a day follows: a make-up working day (调休) follows the one it names. */
export function scheduleWeekday(date: LocalDate, calendar: CalendarMark | null): number {
  return calendar?.kind === 'workday' ? (calendar.asWeekday ?? 1) : weekdayOf(date)
}

/**
 * A day's slots for an item: the weekly schedule, minus holidays and closures, within the item's
 * horizon; a slot is bookable while seats are left and it starts at least the minimum notice ahead.
 */
export function planDay(facts: DayFacts, now: number): SlotDay {
  const window = bookingWindow(facts.rule, now)
  const closed = (reason: ClosedReason, name: string | null = null): SlotDay => ({
    date: facts.date,
    ...window,
    closed: { reason, name },
    slots: [],
  })
  if (!facts.offered) return closed('not_offered')
  if (facts.date < window.firstDate || facts.date > window.lastDate) return closed('outside_horizon')
  if (facts.calendar?.kind === 'holiday') return closed('holiday', facts.calendar.name)
  if (facts.closure) return closed('closure', facts.closure.reason)
  const weekly = facts.weekly(scheduleWeekday(facts.date, facts.calendar))
  if (weekly.length === 0) return closed('no_schedule')
  const earliest = now + facts.rule.minNoticeMinutes * 60_000
  const slots = weekly
    .map((w) => {
      const startsAt = instantAt(facts.date, w.start)
      const counted = facts.taken.get(startsAt.getTime())
      const seats = counted?.seats ?? w.seats
      const left = Math.max(0, seats - (counted?.booked ?? 0))
      return {
        start: w.start,
        end: w.end,
        startsAt: startsAt.toISOString(),
        seats,
        left,
        bookable: left > 0 && startsAt.getTime() >= earliest,
      }
    })
    .sort((a, b) => a.start.localeCompare(b.start))
  return { date: facts.date, ...window, closed: null, slots }
}

/**
 * The slot of a weekday's schedule that `slot` would overlap (its own start excluded: that is the
 * slot being changed), or null. Times are `HH:mm`, so they compare as text.
 */
export function overlapping(
  week: (WeeklySlot & { weekday: number })[],
  slot: WeeklySlot & { weekday: number },
): WeeklySlot | null {
  return (
    week.find(
      (w) => w.weekday === slot.weekday && w.start !== slot.start && w.start < slot.end && slot.start < w.end,
    ) ?? null
  )
}
