import type { InstitutionKind } from '@pocket/contract'

/** Booking rules per item: minimum notice (minutes) and how many days ahead it can be booked. */
export const seedBookingRules = [
  { itemCode: 'legal-aid', minNoticeMinutes: 60, horizonDays: 14 },
  { itemCode: 'people-mediation', minNoticeMinutes: 60, horizonDays: 14 },
  { itemCode: 'notarization', minNoticeMinutes: 120, horizonDays: 14 },
  { itemCode: 'judicial-appraisal', minNoticeMinutes: 24 * 60, horizonDays: 30 },
  { itemCode: 'lawyer-consult', minNoticeMinutes: 60, horizonDays: 7 },
  { itemCode: 'legal-consult', minNoticeMinutes: 30, horizonDays: 7 },
  { itemCode: 'video-consult', minNoticeMinutes: 30, horizonDays: 7 },
]

/** 视频咨询 is booked with a village adviser at the institution they work from (see VideoConsult). */
export function videoConsultPlaces(people: { kind: string; institutionId: string | null }[]): string[] {
  const places = people.filter((p) => p.kind === 'adviser').map((p) => p.institutionId)
  return [...new Set(places.filter((id): id is string => id !== null))]
}

/** Which items each kind of institution takes bookings for. */
export const itemsByKind: Record<InstitutionKind, string[]> = {
  pls_center: ['legal-aid', 'people-mediation', 'notarization', 'lawyer-consult', 'legal-consult'],
  workstation: ['people-mediation', 'legal-consult', 'legal-aid'],
  legal_aid_center: ['legal-aid', 'legal-consult'],
  notary_office: ['notarization'],
  mediation_committee: ['people-mediation'],
  law_firm: ['lawyer-consult'],
  appraisal_institute: ['judicial-appraisal'],
}

/** The demo week's half-hour slots (the tests book them by name). */
export const HALF_HOURS = [
  '09:00',
  '09:30',
  '10:00',
  '10:30',
  '11:00',
  '11:30',
  '14:30',
  '15:00',
  '15:30',
  '16:00',
  '16:30',
  '17:00',
]
const plus30 = (t: string): string => {
  const [h, m] = t.split(':').map(Number)
  const end = h * 60 + m + 30
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`
}

/**
 * DEMO weekly schedule: Monday to Friday, half-hour slots in office hours. A town workstation has
 * one person on duty (one seat per slot); centers and offices have more.
 */
export function seedWeeklySlots(institutionId: string, kind: InstitutionKind) {
  const seats = kind === 'workstation' ? 1 : kind === 'pls_center' ? 3 : 2
  return [1, 2, 3, 4, 5].flatMap((weekday) =>
    HALF_HOURS.map((start) => ({ institutionId, weekday, start, end: plus30(start), seats })),
  )
}

/**
 * Public holidays and make-up working days of 2026 (国务院办公厅关于2026年部分节假日安排的通知).
 * Real data, not demo: operators add each year's notice with `PUT /dc/v1/calendar/days/{date}`.
 */
export const seedCalendar2026: { date: string; kind: 'holiday' | 'workday'; name: string; asWeekday: number | null }[] =
  [
    ...days('2026-01-01', 3, '元旦'),
    { date: '2026-01-04', kind: 'workday', name: '元旦调休上班', asWeekday: 5 },
    ...days('2026-02-15', 9, '春节'),
    { date: '2026-02-14', kind: 'workday', name: '春节调休上班', asWeekday: 1 },
    { date: '2026-02-28', kind: 'workday', name: '春节调休上班', asWeekday: 1 },
    ...days('2026-04-04', 3, '清明节'),
    ...days('2026-05-01', 5, '劳动节'),
    { date: '2026-05-09', kind: 'workday', name: '劳动节调休上班', asWeekday: 1 },
    ...days('2026-06-19', 3, '端午节'),
    ...days('2026-09-25', 3, '中秋节'),
    { date: '2026-09-20', kind: 'workday', name: '国庆节调休上班', asWeekday: 1 },
    ...days('2026-10-01', 7, '国庆节'),
    { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班', asWeekday: 5 },
  ]

function days(first: string, count: number, name: string) {
  const start = Date.parse(`${first}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    kind: 'holiday' as const,
    name,
    asWeekday: null,
  }))
}
