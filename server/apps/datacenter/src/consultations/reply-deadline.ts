import { addDays, instantAt, localDateOf, weekdayOf, type LocalTime } from '@pocket/contract'

/**
 * The reply-deadline policy: an adviser answers a resident within a span of working time (24 h by
 * default, around the clock unless working hours are set). Working hours are on the service's
 * clock (Asia/Shanghai), as every other time of the service.
 */

/** ISO weekdays (1 Monday … 7 Sunday) and the wall-clock times the office opens and closes. */
export interface WorkingHours {
  days: ReadonlySet<number>
  start: LocalTime
  end: LocalTime
}

/** `1-5 08:30-17:30` (Monday to Friday) or `1-6 09:00-18:00`; empty means around the clock. */
export function parseWorkingHours(text: string): WorkingHours | null {
  if (!text.trim()) return null
  const m = /^([1-7])-([1-7]) (\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim())
  if (!m) throw new Error(`working hours must look like "1-5 08:30-17:30", not "${text}"`)
  const [from, to] = [Number(m[1]), Number(m[2])]
  const start = `${m[3]}:${m[4]}`
  const end = `${m[5]}:${m[6]}`
  if (from > to || start >= end || end > '23:59') throw new Error(`working hours out of order: ${text}`)
  const days = new Set<number>()
  for (let d = from; d <= to; d++) days.add(d)
  return { days, start, end }
}

/** `24h`, `90m`, `30s`: a span of time in milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)(h|m|s)$/.exec(text.trim())
  if (!m) throw new Error(`a duration looks like 24h, 90m or 30s, not "${text}"`)
  return Number(m[1]) * { h: 3600_000, m: 60_000, s: 1000 }[m[2] as 'h' | 'm' | 's']
}

/** The working window of the service-zone day that contains `t`, in milliseconds, or null if closed that day. */
function windowOf(t: number, hours: WorkingHours): { start: number; end: number } | null {
  const day = localDateOf(t)
  if (!hours.days.has(weekdayOf(day))) return null
  return { start: instantAt(day, hours.start).getTime(), end: instantAt(day, hours.end).getTime() }
}

function nextMidnight(t: number): number {
  return instantAt(addDays(localDateOf(t), 1), '00:00').getTime()
}

/** `from` plus `span` of working time (plain time when there are no working hours). */
export function addWorkingTime(from: Date, span: number, hours: WorkingHours | null): Date {
  if (!hours) return new Date(from.getTime() + span)
  let cursor = from.getTime()
  let left = span
  for (let i = 0; i < 800; i++) {
    const w = windowOf(cursor, hours)
    if (w && cursor < w.end) {
      const start = Math.max(cursor, w.start)
      if (start + left <= w.end) return new Date(start + left)
      left -= w.end - start
    }
    cursor = nextMidnight(cursor)
  }
  throw new Error('working hours leave no time to answer in')
}

/** When working time next begins (now, if it is working time). */
export function nextWorkingStart(now: Date, hours: WorkingHours | null): Date {
  return addWorkingTime(now, 0, hours)
}

export type DeadlineState = 'none' | 'normal' | 'due_soon' | 'overdue'

export function deadlineState(dueAt: Date | null, now: Date, dueSoonMs: number): DeadlineState {
  if (!dueAt) return 'none'
  const left = dueAt.getTime() - now.getTime()
  if (left <= 0) return 'overdue'
  return left <= dueSoonMs ? 'due_soon' : 'normal'
}
