import type { WeeklySlot } from '@pocket/contract'
import { sameWeek, withDayCopied, withSeats } from '../../src/packages/workbench/index/week-draft'

const slot = (weekday: number, start: string, seats = 2): WeeklySlot => ({
  weekday,
  start,
  end: `${start.slice(0, 3)}30`,
  seats,
})
const WEEK = [slot(1, '09:00'), slot(1, '10:00', 1), slot(2, '14:00')]

describe('the weekly template as staff edit it', () => {
  it("changes one slot's seats, within 0 and 50", () => {
    expect(withSeats(WEEK, 1, '10:00', 3)).toEqual([slot(1, '09:00'), slot(1, '10:00', 3), slot(2, '14:00')])
    expect(withSeats(WEEK, 1, '10:00', -1)[1].seats).toBe(0)
    expect(withSeats(WEEK, 1, '10:00', 51)[1].seats).toBe(50)
  })

  it('copies a day to other days, replacing what they had and keeping the rest', () => {
    const copied = withDayCopied(WEEK, 1, [2, 3, 1])
    expect(copied).toEqual([
      slot(1, '09:00'),
      slot(1, '10:00', 1),
      slot(2, '09:00'),
      slot(2, '10:00', 1),
      slot(3, '09:00'),
      slot(3, '10:00', 1),
    ])
  })

  it('tells an unchanged week from a changed one; a slot taken to 0 and back is no change', () => {
    expect(sameWeek(WEEK, [...WEEK].reverse())).toBe(true)
    expect(sameWeek(WEEK, withSeats(WEEK, 2, '14:00', 1))).toBe(false)
    expect(sameWeek(WEEK, withSeats(withSeats(WEEK, 2, '14:00', 0), 2, '14:00', 2))).toBe(true)
    expect(
      sameWeek(
        WEEK.filter((s) => s.weekday !== 2),
        withSeats(WEEK, 2, '14:00', 0),
      ),
    ).toBe(true)
  })
})
