import { addWorkingTime, deadlineState, nextWorkingStart, parseDuration, parseWorkingHours } from './reply-deadline.js'

/** An instant given in Beijing time. */
const bj = (local: string) => new Date(`${local}+08:00`)

describe('the reply deadline', () => {
  const weekdays = parseWorkingHours('1-5 08:30-17:30')

  it('is 24 hours of clock time when no working hours are set', () => {
    expect(addWorkingTime(bj('2026-11-27T22:00:00'), parseDuration('24h'), null)).toEqual(bj('2026-11-28T22:00:00'))
  })

  it('counts only working time: a Friday-evening question is due after the weekend', () => {
    // 27 Nov 2026 is a Friday. Nine working hours a day: 24 h is 2 days and 6 hours of it.
    expect(addWorkingTime(bj('2026-11-27T20:00:00'), parseDuration('24h'), weekdays)).toEqual(bj('2026-12-02T14:30:00'))
    // Asked inside the window: the rest of Friday counts.
    expect(addWorkingTime(bj('2026-11-27T16:30:00'), parseDuration('2h'), weekdays)).toEqual(bj('2026-11-30T09:30:00'))
  })

  it('knows when working time begins next', () => {
    expect(nextWorkingStart(bj('2026-11-28T10:00:00'), weekdays)).toEqual(bj('2026-11-30T08:30:00'))
    expect(nextWorkingStart(bj('2026-11-30T10:00:00'), weekdays)).toEqual(bj('2026-11-30T10:00:00'))
    expect(nextWorkingStart(bj('2026-11-30T07:00:00'), weekdays)).toEqual(bj('2026-11-30T08:30:00'))
  })

  it('is normal, then due soon, then overdue', () => {
    const due = bj('2026-11-28T12:00:00')
    const soon = parseDuration('4h')
    expect(deadlineState(null, due, soon)).toBe('none')
    expect(deadlineState(due, bj('2026-11-28T07:00:00'), soon)).toBe('normal')
    expect(deadlineState(due, bj('2026-11-28T09:00:00'), soon)).toBe('due_soon')
    expect(deadlineState(due, bj('2026-11-28T12:00:00'), soon)).toBe('overdue')
  })

  it('refuses settings it cannot read', () => {
    expect(() => parseWorkingHours('weekdays 9-5')).toThrow('1-5 08:30-17:30')
    expect(() => parseWorkingHours('1-5 18:00-09:00')).toThrow('out of order')
    expect(() => parseDuration('1 day')).toThrow('24h')
    expect(parseWorkingHours('')).toBeNull()
  })
})
