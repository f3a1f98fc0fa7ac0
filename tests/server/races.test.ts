// Every write route with a uniqueness rule, raced on PostgreSQL (where transactions really run side
// by side; PGlite has one connection and runs them one after another): N requests at once get
// exactly the documented answers, never a 5xx.
import { randomUUID } from 'node:crypto'
import type { Appointment, AuthSession, Consultation } from '@pocket/contract'
import { call, signInBySms, signInByWechat, type Reply } from '../support/api'
// The demo week's half hours: each round takes seats of its own (three a slot).
import { HALF_HOURS } from '../../server/apps/datacenter/src/booking/demo-booking'
import { book, nthWeekdayAhead } from '../support/booking'
import { residentWithConsultation } from '../support/consult'
import { requiredInCi } from '../support/env'
import { startStack, type Stack } from '../support/stack'

const ROUNDS = 6
const onPostgres = requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL) ? describe : describe.skip

const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort()
const noServerErrors = (replies: Reply[]) =>
  expect(replies.filter((r) => r.status >= 500).map((r) => r.body)).toEqual([])

onPostgres('racing writes answer their contract errors on PostgreSQL', () => {
  let stack: Stack
  let phones = 0
  const nextPhone = () => `1397770${String(++phones).padStart(4, '0')}`
  const resident = async () => (await signInBySms(stack.bffUrl, stack.sms, nextPhone())).accessToken
  const reschedule = (token: string, number: string, date: string, start: string) =>
    call<Appointment>(stack.bffUrl, 'POST', `/api/v1/appointments/${number}/reschedule`, {
      token,
      body: { date, start },
    })

  beforeAll(async () => {
    stack = await startStack({
      backend: 'postgres',
      extraBffEnv: { RATE_LIMIT_PER_MINUTE: '100000', SMS_SEND_PER_IP_PER_HOUR: '1000' },
    })
  })
  afterAll(() => stack?.stop())

  it('two reschedules of one item into the same day: one moves, the other hears ALREADY_BOOKED', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const token = await resident()
      const [a, b] = [nthWeekdayAhead(1), nthWeekdayAhead(2)]
      const target = nthWeekdayAhead(4)
      const start = HALF_HOURS[round]
      const first = await book(stack.bffUrl, token, { date: a, start, institutionId: 'inst-xq-center' })
      const second = await book(stack.bffUrl, token, { date: b, start, institutionId: 'inst-xq-center' })
      expect([first.status, second.status]).toEqual([201, 201])
      const replies = await Promise.all([
        reschedule(token, first.body.number, target, HALF_HOURS[2 * round]),
        reschedule(token, second.body.number, target, HALF_HOURS[2 * round + 1]),
      ])
      noServerErrors(replies)
      expect(statuses(replies)).toEqual([200, 409])
      expect(replies.find((r) => r.status === 409)?.body).toMatchObject({ code: 'ALREADY_BOOKED' })
    }
  })

  it('a booking and a reschedule into the same day: one wins, the other hears ALREADY_BOOKED', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const token = await resident()
      const held = await book(stack.bffUrl, token, {
        date: nthWeekdayAhead(1),
        start: HALF_HOURS[6 + round],
        institutionId: 'inst-xq-center',
      })
      expect(held.status).toBe(201)
      const target = nthWeekdayAhead(3)
      const replies = await Promise.all([
        book(stack.bffUrl, token, { date: target, start: HALF_HOURS[2 * round], institutionId: 'inst-xq-center' }),
        reschedule(token, held.body.number, target, HALF_HOURS[2 * round + 1]),
      ])
      noServerErrors(replies)
      expect(replies.map((r) => r.status).filter((s) => s === 409)).toHaveLength(1)
      expect(replies.find((r) => r.status === 409)?.body).toMatchObject({ code: 'ALREADY_BOOKED' })
    }
  })

  it("two villagers rescheduling onto the adviser's same half hour: one gets it, the other SLOT_FULL", async () => {
    const date = nthWeekdayAhead(5)
    const first = await residentWithConsultation(stack, nextPhone())
    const second = await residentWithConsultation(stack, nextPhone())
    for (let round = 0; round < ROUNDS; round++) {
      const start = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'][round]
      const held = await Promise.all(
        [first, second].map((v, i) =>
          book(stack.bffUrl, v.session.accessToken, {
            itemCode: 'video-consult',
            institutionId: 'inst-law-helan',
            date: nthWeekdayAhead(1 + i),
            start,
          }),
        ),
      )
      expect(held.map((r) => [r.status, r.body.code])).toEqual([
        [201, undefined],
        [201, undefined],
      ])
      const replies = await Promise.all(
        [first, second].map((v, i) => reschedule(v.session.accessToken, held[i].body.number, date, start)),
      )
      noServerErrors(replies)
      expect(statuses(replies)).toEqual([200, 409])
      expect(replies.find((r) => r.status === 409)?.body).toMatchObject({ code: 'SLOT_FULL' })
      await Promise.all(
        [first, second].map((v, i) =>
          call(stack.bffUrl, 'POST', `/api/v1/appointments/${held[i].body.number}/cancel`, {
            token: v.session.accessToken,
          }),
        ),
      )
    }
  })

  it('one new WeChat user signing in on two devices at once gets one account', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const openid = `openid-race-${randomUUID()}`
      const sessions = await Promise.all([0, 1, 2].map(() => signInByWechat(stack.bffUrl, stack.wechat, openid)))
      const ids = await Promise.all(
        sessions.map(
          async (s: AuthSession) =>
            (await call<{ id: string }>(stack.bffUrl, 'GET', '/api/v1/me', { token: s.accessToken })).body.id,
        ),
      )
      expect(new Set(ids).size).toBe(1)
    }
  })

  it('a villager opening their conversation from two devices at once gets one conversation', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const token = await resident()
      await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token, body: { villageCode: '640121104201' } })
      const replies = await Promise.all(
        [0, 1, 2].map(() => call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token })),
      )
      noServerErrors(replies)
      expect(new Set(replies.map((r) => r.body.id)).size).toBe(1)
    }
  })

  it('the same Idempotency-Key sent five times at once books once', async () => {
    const token = await resident()
    const key = randomUUID()
    const replies = await Promise.all(
      [0, 1, 2, 3, 4].map(() => book(stack.bffUrl, token, { date: nthWeekdayAhead(4), start: '15:30' }, key)),
    )
    noServerErrors(replies)
    expect(new Set(replies.map((r) => r.body.number)).size).toBe(1)
  })
})
