import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { Appointment } from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { book, CONSULT, nthWeekdayAhead, ONE_SEAT_STATION } from '../support/booking'
import { startInProcess, type InProcessStack } from '../support/in-process'

type Who = 'anonymous' | 'owner' | 'otherResident' | 'adviser' | 'staff'

/** What each caller gets from each booking route: the status a person would notice. */
const MATRIX: {
  route: string
  method: 'GET' | 'POST'
  path: (n: string) => string
  body?: unknown
  expect: Record<Who, number>
}[] = [
  {
    route: 'slots',
    method: 'GET',
    path: () => `/api/v1/institutions/${ONE_SEAT_STATION}/slots?item=${CONSULT}&date=${nthWeekdayAhead(2)}`,
    expect: { anonymous: 200, owner: 200, otherResident: 200, adviser: 200, staff: 200 },
  },
  {
    route: 'appointment',
    method: 'GET',
    path: (n) => `/api/v1/appointments/${n}`,
    expect: { anonymous: 401, owner: 200, otherResident: 404, adviser: 404, staff: 404 },
  },
  {
    route: 'myAppointments',
    method: 'GET',
    path: () => '/api/v1/appointments',
    expect: { anonymous: 401, owner: 200, otherResident: 200, adviser: 200, staff: 200 },
  },
  {
    route: 'myRequests',
    method: 'GET',
    path: () => '/api/v1/me/requests',
    expect: { anonymous: 401, owner: 200, otherResident: 200, adviser: 200, staff: 200 },
  },
  {
    route: 'rescheduleAppointment',
    method: 'POST',
    path: (n) => `/api/v1/appointments/${n}/reschedule`,
    body: { date: nthWeekdayAhead(2), start: '15:00' },
    expect: { anonymous: 401, owner: 200, otherResident: 404, adviser: 404, staff: 404 },
  },
  {
    route: 'cancelAppointment',
    method: 'POST',
    path: (n) => `/api/v1/appointments/${n}/cancel`,
    expect: { anonymous: 401, owner: 200, otherResident: 404, adviser: 404, staff: 404 },
  },
]

describe('booking access, roles × routes (in process)', () => {
  let stack: InProcessStack
  const tokens = {} as Record<Who, string | undefined>
  let number = ''

  beforeAll(async () => {
    stack = await startInProcess()
    tokens.anonymous = undefined
    tokens.owner = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-access-owner')).accessToken
    tokens.otherResident = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-access-other')).accessToken
    tokens.adviser = (await signInBySms(stack.bffUrl, stack.sms, '13800000001')).accessToken
    tokens.staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
    const booked = await book(stack.bffUrl, tokens.owner, { date: nthWeekdayAhead(2), start: '14:30' })
    expect(booked.status).toBe(201)
    number = booked.body.number
  })
  afterAll(() => stack?.stop())

  // The owner goes last on each changing route, so the others meet a booking that is still open.
  const order: Who[] = ['anonymous', 'otherResident', 'adviser', 'staff', 'owner']
  it.each(MATRIX.map((m) => [m.route, m] as const))('%s', async (_, m) => {
    const got: Partial<Record<Who, number>> = {}
    for (const who of order) {
      const res = await call(stack.bffUrl, m.method, m.path(number), { token: tokens[who], body: m.body })
      got[who] = res.status
    }
    expect(got).toEqual(m.expect)
  })

  it('lets only residents book', async () => {
    const statuses: Partial<Record<Who, number>> = {}
    for (const who of ['anonymous', 'adviser', 'staff'] as const) {
      const res = await call<Appointment>(stack.bffUrl, 'POST', '/api/v1/appointments', {
        token: tokens[who],
        headers: { 'idempotency-key': `access-${who}-key` },
        body: {
          institutionId: ONE_SEAT_STATION,
          itemCode: CONSULT,
          date: nthWeekdayAhead(3),
          start: '09:00',
          topic: '咨询',
          contactPhone: '13900001111',
        },
      })
      statuses[who] = res.status
    }
    expect(statuses).toEqual({ anonymous: 401, adviser: 403, staff: 403 })
  })

  it("shows nothing of the owner in anyone else's lists", async () => {
    for (const who of ['otherResident', 'adviser', 'staff'] as const) {
      const list = await call(stack.bffUrl, 'GET', '/api/v1/me/requests', { token: tokens[who] })
      expect(JSON.stringify(list.body)).not.toContain(number)
    }
  })
})
