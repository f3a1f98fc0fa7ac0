import { randomUUID } from 'node:crypto'
import type { Appointment, SlotDay } from '@pocket/contract'
import { addDays, localDateOf, weekdayOf } from '@pocket/contract/time'
import { call, type Reply } from './api'

/** A demo town workstation: one seat per half-hour slot, Monday to Friday. */
export const ONE_SEAT_STATION = 'inst-zz-ws'
export const CONSULT = 'legal-consult'

/** The n-th working weekday after today on Beijing time (no seeded holiday falls in December). */
export function nthWeekdayAhead(n: number, now = Date.now()): string {
  let date = localDateOf(now)
  let found = 0
  while (found < n) {
    date = addDays(date, 1)
    if (weekdayOf(date) <= 5) found++
  }
  return date
}

export function slots(base: string, institution: string, item: string, date: string): Promise<Reply<SlotDay>> {
  return call<SlotDay>(base, 'GET', `/api/v1/institutions/${institution}/slots?item=${item}&date=${date}`)
}

export interface BookingInput {
  institutionId?: string
  itemCode?: string
  date: string
  start: string
  topic?: string
  contactPhone?: string
}

export function book(base: string, token: string, input: BookingInput, key: string = randomUUID()) {
  return call<Appointment>(base, 'POST', '/api/v1/appointments', {
    token,
    headers: { 'idempotency-key': key },
    body: {
      institutionId: input.institutionId ?? ONE_SEAT_STATION,
      itemCode: input.itemCode ?? CONSULT,
      date: input.date,
      start: input.start,
      topic: input.topic ?? '土地承包纠纷咨询',
      contactPhone: input.contactPhone ?? '13900001234',
    },
  })
}
