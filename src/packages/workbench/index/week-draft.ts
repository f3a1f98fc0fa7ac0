import type { WeeklySlot } from '@pocket/contract'

// The weekly template as staff edit it before saving: pure changes to a list of slots. A slot at 0
// seats stays in the draft (shown as not offered, and can be raised again); saving drops it.

/** A slot's seats changed, kept between 0 and 50 (the contract's bounds). */
export function withSeats(week: WeeklySlot[], weekday: number, start: string, seats: number): WeeklySlot[] {
  const bounded = Math.min(50, Math.max(0, seats))
  return week.map((s) => (s.weekday === weekday && s.start === start ? { ...s, seats: bounded } : s))
}

/** The days in `to` take the slots of day `from` (their own are replaced). */
export function withDayCopied(week: WeeklySlot[], from: number, to: number[]): WeeklySlot[] {
  const source = week.filter((s) => s.weekday === from)
  const targets = new Set(to.filter((d) => d !== from))
  return [
    ...week.filter((s) => !targets.has(s.weekday)),
    ...[...targets].flatMap((weekday) => source.map((s) => ({ ...s, weekday }))),
  ].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
}

/** Whether two drafts offer the same week (slots at 0 seats count as not offered). */
export function sameWeek(a: WeeklySlot[], b: WeeklySlot[]): boolean {
  const offered = (w: WeeklySlot[]) =>
    w
      .filter((s) => s.seats > 0)
      .map((s) => `${s.weekday} ${s.start} ${s.end} ${s.seats}`)
      .sort()
      .join('|')
  return offered(a) === offered(b)
}
