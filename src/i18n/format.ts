import { localDateOf, localTimeOf, monthDayOf, weekdayOf, type LocalDate } from '@pocket/contract/time'
import { t } from './index'

/** A moment for people, on the service's clock (Asia/Shanghai): "今天 08:05" or "11月20日 08:05". */
export function formatDateTime(ms: number, now = Date.now()): string {
  const hm = localTimeOf(ms)
  const date = localDateOf(ms)
  if (date === localDateOf(now)) return t('time.today', { hm })
  const { month, day } = monthDayOf(date)
  return t('time.date', { m: month, d: day, hm })
}

/** A service day for people: "11月28日 周六". */
export function formatDay(date: LocalDate): string {
  const { month, day } = monthDayOf(date)
  return t('time.day', { m: month, d: day, weekday: formatWeekday(date) })
}

/** A day's date without its weekday, for a chip that shows the weekday under it: "11月28日". */
export function formatMonthDay(date: LocalDate): string {
  const { month, day } = monthDayOf(date)
  return t('time.monthDay', { m: month, d: day })
}

/** "周六". */
export function formatWeekday(date: LocalDate): string {
  return t(`time.weekday.${weekdayOf(date)}` as 'time.weekday.1')
}

/** How long something has taken, for people: "5分钟", "3小时", "2天". */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes < 60) return t('time.minutes', { n: minutes })
  const hours = Math.round(minutes / 60)
  if (hours < 48) return t('time.hours', { n: hours })
  return t('time.days', { n: Math.round(hours / 24) })
}
