import { addDays, instantAt, weekdayOf, type DeadlineState, type LocalDate } from '@pocket/contract'

/**
 * The complaint deadline policy: the office answers within a number of working days counted from
 * the day after the complaint (or the request for review) came in, by the end of the last of them
 * on the service's clock. A working day is Monday to Friday unless the State Council's calendar
 * makes it a holiday, or a weekend day it makes a working day (调休).
 */

/** What the calendar says of a date, where it says anything. */
export type CalendarMark = 'holiday' | 'workday'

export function isWorkingDay(date: LocalDate, calendar: ReadonlyMap<LocalDate, CalendarMark>): boolean {
  const mark = calendar.get(date)
  if (mark) return mark === 'workday'
  return weekdayOf(date) <= 5
}

/** The `n`th working day after `date` (`n` ≥ 1). */
export function nthWorkingDayAfter(
  date: LocalDate,
  n: number,
  calendar: ReadonlyMap<LocalDate, CalendarMark>,
): LocalDate {
  let day = date
  for (let left = n; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day, calendar)) left--
  }
  return day
}

/** How far ahead of `from` the calendar must be read to date a deadline of `days` working days. */
export function calendarSpan(days: number): number {
  // Never more than two weekend days in seven, plus the longest run of holidays (国庆, 春节: 8 days).
  return Math.ceil((days * 7) / 5) + 10
}

/**
 * When an answer awaited from `from` (a local date) is due, and from when it shows as due soon:
 * the ends of working day `days`, and of working day `days - dueSoonDays`.
 */
export function complaintDeadline(
  from: LocalDate,
  days: number,
  dueSoonDays: number,
  calendar: ReadonlyMap<LocalDate, CalendarMark>,
): { dueAt: Date; dueSoonAt: Date } {
  const endOf = (day: LocalDate) => instantAt(addDays(day, 1), '00:00')
  const soon = Math.max(days - dueSoonDays, 0)
  return {
    dueAt: endOf(nthWorkingDayAfter(from, days, calendar)),
    dueSoonAt: soon === 0 ? instantAt(from, '00:00') : endOf(nthWorkingDayAfter(from, soon, calendar)),
  }
}

/** Nothing awaited (answered), in time, due soon, overdue. */
export function complaintState(r: { dueAt: Date | null; dueSoonAt: Date | null }, now: Date): DeadlineState {
  if (!r.dueAt) return 'none'
  if (r.dueAt <= now) return 'overdue'
  return r.dueSoonAt && r.dueSoonAt <= now ? 'due_soon' : 'normal'
}
