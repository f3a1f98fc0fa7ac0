import { isLocalDate, localDateOf, localTimeOf, monthDayOf, weekdayOf, type LocalDate } from '@pocket/contract/time'
import { t } from './index'

/** A moment for people, on the service's clock (Asia/Shanghai): "今天 08:05" or "11月20日 08:05". */
export function formatDateTime(ms: number, now = Date.now()): string {
  const hm = localTimeOf(ms)
  const date = localDateOf(ms)
  if (date === localDateOf(now)) return t('time.today', { hm })
  const { month, day } = monthDayOf(date)
  return t('time.date', { m: month, d: day, hm })
}

/** The last day of a deadline that ends at midnight (30 December 00:00 is "12月29日 周二"). */
export function formatLastDay(endsAt: number): string {
  return formatDay(localDateOf(endsAt - 1))
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

/** How far a place is, for people: 850米, 3.2公里. */
export function formatDistance(metres: number): string {
  return metres < 1000
    ? t('book.metres', { n: Math.round(metres) })
    : t('book.kilometres', { n: (metres / 1000).toFixed(1) })
}

/** 3分05秒, 45秒. */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return m ? t('call.duration.ms', { m, s: String(s).padStart(2, '0') }) : t('call.duration.s', { s })
}

/**
 * A notice's value as this language writes it, by the format its text names: `day` (a service
 * day with its weekday), `monthDay`, `weekday` (1 is Monday), `duration` (seconds), `callKind`, `yuan` (an amount, grouped), `cn` (a number as the statutes write it).
 * A value the format cannot read is shown as it came.
 */
export const PARAM_FORMATS = ['day', 'monthDay', 'weekday', 'duration', 'callKind', 'yuan', 'cn'] as const

/** An amount as the servers send it (`1130040.00`), grouped for reading: `1,130,040.00`. */
export function formatYuan(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text)
  return m ? `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}` : text
}

const DIGITS = '零一二三四五六七八九'

/** A number from 1 to 999 as the statutes write it: 13 → 十三, 39 → 三十九, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n)
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10]
  let out = h ? `${DIGITS[h]}百` : ''
  if (t) out += h || t > 1 ? `${DIGITS[t]}十` : '十'
  else if (h && u) out += '零'
  return out + (u ? DIGITS[u] : '')
}

export function formatParam(format: string, value: string | number): string {
  const text = String(value)
  if ((format === 'day' || format === 'monthDay') && isLocalDate(text))
    return format === 'day' ? formatDay(text) : formatMonthDay(text)
  if (format === 'weekday' && /^[1-7]$/.test(text)) return t(`time.weekday.${text}` as 'time.weekday.1')
  if (format === 'duration' && /^\d+$/.test(text)) return formatDuration(Number(text))
  if (format === 'callKind' && (text === 'voice' || text === 'video')) return t(`call.kind.${text}`)
  if (format === 'yuan') return formatYuan(text)
  if (format === 'cn' && /^\d+$/.test(text)) return chineseNumber(Number(text))
  return text
}
