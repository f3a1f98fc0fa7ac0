import type { WeeklySlot } from '@pocket/contract'
import { instantAt } from '@pocket/contract'
import { doomedBookings, effectOf, offeredWeek, weekProblem } from './week-change.js'

// 2026-12-09 is a Wednesday (weekday 3), 2026-12-10 a Thursday.
const slot = (weekday: number, start: string, end: string, seats: number): WeeklySlot => ({
  weekday,
  start,
  end,
  seats,
})
const WEEK = [slot(3, '09:00', '09:30', 2), slot(3, '09:30', '10:00', 1), slot(4, '09:00', '09:30', 2)]
const booking = (n: string, date: string, start: string) => ({ number: n, startsAt: instantAt(date, start) })
// Newest booked first, as the repository gives them.
const BOOKED = [
  booking('b4', '2026-12-10', '09:00'),
  booking('b3', '2026-12-09', '09:00'),
  booking('b2', '2026-12-09', '09:00'),
  booking('b1', '2026-12-09', '09:30'),
]

describe('offeredWeek', () => {
  it('keeps the offered slots and drops those with no seats', () => {
    expect(offeredWeek([...WEEK, slot(5, '09:00', '09:30', 0)])).toEqual(WEEK)
  })

  it('finds a template with two slots of a day overlapping, sharing a start, or ending before they start', () => {
    expect(weekProblem(WEEK)).toBeNull()
    expect(weekProblem([...WEEK, slot(3, '09:15', '09:45', 1)])).toEqual({
      key: 'week.overlap',
      params: { weekday: 3, start: '09:00', end: '09:30', otherStart: '09:15', otherEnd: '09:45' },
    })
    expect(weekProblem([...WEEK, slot(3, '09:00', '10:30', 1)])?.key).toBe('week.overlap')
    expect(weekProblem([slot(1, '10:00', '09:00', 1)])).toEqual({
      key: 'week.endBeforeStart',
      params: { weekday: 1, start: '10:00', end: '09:00' },
    })
    // The same times on another day do not clash.
    expect(weekProblem([slot(1, '09:00', '09:30', 1), slot(2, '09:00', '09:30', 1)])).toBeNull()
  })
})

describe('doomedBookings', () => {
  it('cancels nothing when the template gives every booked slot its seats', () => {
    expect(doomedBookings(BOOKED, WEEK, WEEK)).toEqual([])
    const more = WEEK.map((s) => ({ ...s, seats: s.seats + 3 }))
    expect(doomedBookings(BOOKED, WEEK, more)).toEqual([])
  })

  it('cancels the newest bookings beyond fewer seats, and every booking of a slot no longer offered', () => {
    const after = [slot(3, '09:00', '09:30', 1), slot(4, '09:00', '09:30', 2)]
    const doomed = doomedBookings(BOOKED, WEEK, after)
    expect(doomed.map((d) => [d.booking.number, d.offered])).toEqual([
      ['b3', true],
      ['b1', false],
    ])
    expect(effectOf(doomed)).toEqual({
      cancelled: 2,
      slots: [
        { date: '2026-12-09', start: '09:00', cancelled: 1 },
        { date: '2026-12-09', start: '09:30', cancelled: 1 },
      ],
    })
  })

  it('leaves a booking the old template had no slot for (a 调休 day following another weekday)', () => {
    const onSaturday = [booking('s2', '2026-12-12', '09:00'), booking('s1', '2026-12-12', '09:00')]
    expect(doomedBookings(onSaturday, WEEK, [])).toEqual([])
    // Nor when the new template opens that weekday with fewer seats than the day already holds.
    expect(doomedBookings(onSaturday, WEEK, [...WEEK, slot(6, '09:00', '09:30', 1)])).toEqual([])
  })
})
