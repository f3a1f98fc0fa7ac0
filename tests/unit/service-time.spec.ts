import {
  addDays,
  daysBetween,
  instantAt,
  isLocalDate,
  localDateOf,
  localTimeOf,
  weekdayOf,
} from '@pocket/contract/time'

// The test runner sets TZ=UTC: every answer below is on Beijing time regardless.
describe('service time (Asia/Shanghai)', () => {
  it('places a wall-clock time of a Beijing day on the right instant', () => {
    expect(instantAt('2026-11-28', '09:00').toISOString()).toBe('2026-11-28T01:00:00.000Z')
    expect(instantAt('2026-11-28', '00:30').toISOString()).toBe('2026-11-27T16:30:00.000Z')
  })

  it('reads the Beijing day and time of an instant', () => {
    expect(localDateOf('2026-11-27T16:30:00Z')).toBe('2026-11-28')
    expect(localTimeOf('2026-11-27T16:30:00Z')).toBe('00:30')
  })

  it('does calendar arithmetic across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(daysBetween('2026-11-27', '2026-12-11')).toBe(14)
    expect(weekdayOf('2026-11-29')).toBe(7)
    expect(weekdayOf('2026-11-30')).toBe(1)
  })

  it('accepts only real days', () => {
    expect(isLocalDate('2026-02-28')).toBe(true)
    expect(isLocalDate('2026-02-30')).toBe(false)
    expect(isLocalDate('2026-2-3')).toBe(false)
  })
})
