import dayjs, { type Dayjs } from 'dayjs'
import timezone from 'dayjs/plugin/timezone.js'
import utc from 'dayjs/plugin/utc.js'

// zod-free: the client imports this file (`@pocket/contract/time`) on every tier.
dayjs.extend(utc)
dayjs.extend(timezone)

/** Every date and time of the service is in this zone, whatever the server's or the phone's zone. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai'

/** A calendar day in the service zone: `YYYY-MM-DD`. */
export type LocalDate = string
/** A wall-clock time in the service zone: `HH:mm`. */
export type LocalTime = string

export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/** The instant as seen on a wall clock in the service zone. */
export function inServiceZone(instant: number | string | Date): Dayjs {
  return dayjs(instant).tz(SERVICE_TIME_ZONE)
}

/** The service-zone day an instant falls on. */
export function localDateOf(instant: number | string | Date): LocalDate {
  return inServiceZone(instant).format('YYYY-MM-DD')
}

/** The service-zone wall-clock time of an instant. */
export function localTimeOf(instant: number | string | Date): LocalTime {
  return inServiceZone(instant).format('HH:mm')
}

/** The instant of a wall-clock time on a service-zone day. */
export function instantAt(date: LocalDate, time: LocalTime): Date {
  return dayjs.tz(`${date} ${time}`, SERVICE_TIME_ZONE).toDate()
}

/**
 * The years a date of the service can fall in. Anything outside is a mistake or an attack (a
 * year-275760 instant is valid ISO 8601 and still makes `toISOString()` throw).
 */
export const SERVICE_YEARS = { first: 2000, last: 2099 } as const

/** Whether `date` is a real calendar day written `YYYY-MM-DD` (not 2026-02-30) in the service years. */
export function isLocalDate(date: string): boolean {
  if (!LOCAL_DATE_PATTERN.test(date) || dayjs.utc(date).format('YYYY-MM-DD') !== date) return false
  const year = Number(date.slice(0, 4))
  return year >= SERVICE_YEARS.first && year <= SERVICE_YEARS.last
}

/** An instant written in ISO 8601 with its zone (`Z` or `±hh:mm`), seconds and fraction optional. */
export const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/

/** Whether `value` is an instant written with its zone, on a real day, within the service years. */
export function isInstant(value: string): boolean {
  const m = INSTANT_PATTERN.exec(value)
  if (!m || !isLocalDate(`${m[1]}-${m[2]}-${m[3]}`)) return false
  const at = Date.parse(value)
  return Number.isFinite(at) && isLocalDate(localDateOf(at))
}

/** Calendar arithmetic on days, free of any zone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day')
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return dayjs.utc(date).day() || 7
}

/** Month (1–12) and day of the month of a day, for people. */
export function monthDayOf(date: LocalDate): { month: number; day: number } {
  const d = dayjs.utc(date)
  return { month: d.month() + 1, day: d.date() }
}
