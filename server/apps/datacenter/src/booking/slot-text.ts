import { monthDayOf, weekdayOf, type LocalDate } from '@pocket/contract'

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const

/** "周三" (1 is Monday). */
export function weekdayText(weekday: number): string {
  return WEEKDAY[weekday] ?? ''
}

/**
 * A slot as people read it, in the app's one date style (the client's formatDay): "12月9日 周三 10:00".
 * Written into timeline notes, which the app shows as they are.
 */
export function slotText(date: LocalDate, start: string): string {
  const { month, day } = monthDayOf(date)
  return `${month}月${day}日 ${weekdayText(weekdayOf(date))} ${start}`
}
