import {
  complaintDeadline,
  complaintState,
  isWorkingDay,
  nthWorkingDayAfter,
  type CalendarMark,
} from './complaint-deadline.js'

/** An instant given in Beijing time. */
const bj = (local: string) => new Date(`${local}+08:00`)

const none = new Map<string, CalendarMark>()
/** 国庆 2026 as the State Council set it: 1–7 October off, Saturday 10 October worked. */
const national = new Map<string, CalendarMark>([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, 'holiday'] as [string, CalendarMark]),
  ['2026-10-10', 'workday'],
])

describe('the complaint deadline', () => {
  it('counts working days from the day after, Monday to Friday', () => {
    // Tuesday 8 December 2026: the 10th working day after is Tuesday 22 December.
    expect(nthWorkingDayAfter('2026-12-08', 10, none)).toBe('2026-12-22')
    // Filed on a Saturday: Monday is the first working day.
    expect(nthWorkingDayAfter('2026-12-12', 1, none)).toBe('2026-12-14')
  })

  it('skips the calendar’s holidays and counts its make-up working days', () => {
    expect(isWorkingDay('2026-10-05', national)).toBe(false)
    expect(isWorkingDay('2026-10-10', national)).toBe(true)
    // Filed 30 September: 1–7 October are off, 8 and 9 are working days, Saturday the 10th is worked.
    expect(nthWorkingDayAfter('2026-09-30', 3, national)).toBe('2026-10-10')
  })

  it('is due at the end of the last working day, and due soon from the end of the one before the last two', () => {
    expect(complaintDeadline('2026-12-08', 10, 2, none)).toEqual({
      dueAt: bj('2026-12-23T00:00:00'),
      dueSoonAt: bj('2026-12-19T00:00:00'),
    })
  })

  it('is due soon at once when the span is no longer than the warning', () => {
    expect(complaintDeadline('2026-12-08', 1, 2, none)).toEqual({
      dueAt: bj('2026-12-10T00:00:00'),
      dueSoonAt: bj('2026-12-08T00:00:00'),
    })
  })

  it('reads as due soon, then overdue, as the clock passes those instants; nothing once answered', () => {
    const due = { dueAt: bj('2026-12-23T00:00:00'), dueSoonAt: bj('2026-12-19T00:00:00') }
    expect(complaintState(due, bj('2026-12-18T23:59:59'))).toBe('normal')
    expect(complaintState(due, bj('2026-12-19T00:00:00'))).toBe('due_soon')
    expect(complaintState(due, bj('2026-12-23T00:00:00'))).toBe('overdue')
    expect(complaintState({ dueAt: null, dueSoonAt: null }, bj('2026-12-23T00:00:00'))).toBe('none')
  })
})
