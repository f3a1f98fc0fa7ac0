import { overlapping, planDay, type DayFacts, type WeeklySlot } from './slot-plan.js'

const WEEKDAYS: WeeklySlot[] = [
  { start: '09:00', end: '09:30', seats: 2 },
  { start: '14:30', end: '15:00', seats: 2 },
]
const facts = (over: Partial<DayFacts>): DayFacts => ({
  date: '2026-12-01',
  rule: { minNoticeMinutes: 60, horizonDays: 14 },
  offered: true,
  calendar: null,
  closure: null,
  weekly: (w: number) => (w <= 5 ? WEEKDAYS : []),
  taken: new Map(),
  ...over,
})
// 2026-11-30 (Monday) 20:00 in Beijing; the test process runs in UTC.
const NOW = Date.parse('2026-11-30T12:00:00Z')

describe('planDay', () => {
  it('lays the weekly schedule on a Beijing day, whatever the process zone', () => {
    const day = planDay(facts({}), NOW)
    expect(day).toMatchObject({ date: '2026-12-01', firstDate: '2026-11-30', lastDate: '2026-12-14', closed: null })
    expect(day.slots.map((s) => [s.start, s.startsAt, s.left, s.bookable])).toEqual([
      ['09:00', '2026-12-01T01:00:00.000Z', 2, true],
      ['14:30', '2026-12-01T06:30:00.000Z', 2, true],
    ])
  })

  it('keeps slots inside the minimum notice visible but not bookable', () => {
    const at0830 = Date.parse('2026-12-01T00:30:00Z') // 08:30 Beijing: 09:00 is 30 minutes away
    const day = planDay(facts({}), at0830)
    expect(day.slots.map((s) => s.bookable)).toEqual([false, true])
  })

  it('counts seats taken and shows a full slot as not bookable', () => {
    const taken = new Map([[Date.parse('2026-12-01T01:00:00Z'), { seats: 2, booked: 2 }]])
    expect(planDay(facts({ taken }), NOW).slots[0]).toMatchObject({ left: 0, bookable: false })
  })

  it('closes holidays, closures, weekends, unoffered items and days beyond the horizon', () => {
    const holiday = facts({ calendar: { kind: 'holiday', name: '元旦', asWeekday: null } })
    expect(planDay(holiday, NOW).closed).toEqual({ reason: 'holiday', name: '元旦' })
    expect(planDay(facts({ closure: { reason: '内部培训' } }), NOW).closed).toEqual({
      reason: 'closure',
      name: '内部培训',
    })
    expect(planDay(facts({ date: '2026-12-05' }), NOW).closed?.reason).toBe('no_schedule')
    expect(planDay(facts({ offered: false }), NOW).closed?.reason).toBe('not_offered')
    expect(planDay(facts({ date: '2026-12-15' }), NOW).closed?.reason).toBe('outside_horizon')
    expect(planDay(facts({ date: '2026-11-29' }), NOW).closed?.reason).toBe('outside_horizon')
  })

  it('opens a make-up working day (调休) on a weekend with the weekday it follows', () => {
    const saturday = facts({ date: '2026-12-05', calendar: { kind: 'workday', name: '调休上班', asWeekday: 1 } })
    expect(planDay(saturday, NOW).slots).toHaveLength(2)
  })
})

describe('overlapping', () => {
  const week = [
    { weekday: 6, start: '20:00', end: '21:00', seats: 1 },
    { weekday: 7, start: '20:30', end: '21:30', seats: 1 },
  ]
  const slot = (start: string, end: string, weekday = 6) => ({ weekday, start, end, seats: 1 })

  it('finds a slot of the same weekday that the new one would overlap', () => {
    expect(overlapping(week, slot('20:30', '21:30'))).toMatchObject({ start: '20:00' })
    expect(overlapping(week, slot('19:30', '20:01'))).toMatchObject({ start: '20:00' })
    expect(overlapping(week, slot('20:15', '20:45'))).toMatchObject({ start: '20:00' })
    expect(overlapping(week, slot('19:00', '22:00'))).toMatchObject({ start: '20:00' })
  })

  it('lets slots touch end to start, other weekdays differ, and a slot change its own end', () => {
    expect(overlapping(week, slot('21:00', '21:30'))).toBeNull()
    expect(overlapping(week, slot('19:30', '20:00'))).toBeNull()
    expect(overlapping(week, slot('20:00', '20:30', 5))).toBeNull()
    expect(overlapping(week, slot('20:00', '20:45'))).toBeNull()
  })
})
