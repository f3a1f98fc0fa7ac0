import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import { randomUUID } from 'node:crypto'
import type { Appointment, AppointmentList, ItemBooking, RequestList, RequestProgress } from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { book, CONSULT, nthWeekdayAhead, ONE_SEAT_STATION, slots } from '../support/booking'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { refusal } from '../support/said'

const RACERS = 200

describe('booking through the BFF (in process)', () => {
  let stack: InProcessStack
  let n = 0
  const resident = async () => (await signInByWechat(stack.bffUrl, stack.wechat, `openid-booker-${++n}`)).accessToken

  beforeAll(async () => {
    // 200 bookings at once queue on one embedded database: this suite is about who gets the seat,
    // so the BFF waits for the data center longer than its 5 s default.
    stack = await startInProcess({ extraBffEnv: { RATE_LIMIT_PER_MINUTE: '100000', DC_TIMEOUT_MS: '30000' } })
  })
  afterAll(() => stack?.stop())

  it("lists where an item is booked and its rule: the caller's county first, or the nearest first", async () => {
    const byCounty = await call<ItemBooking>(
      stack.bffUrl,
      'GET',
      `/api/v1/catalog/items/${CONSULT}/booking?region=640121104201`,
    )
    expect(byCounty.body.rule).toEqual({ minNoticeMinutes: 30, horizonDays: 7 })
    expect(byCounty.body.institutions.map((i) => i.id)).toContain(ONE_SEAT_STATION)
    expect(byCounty.body.institutions[0].regionCode.startsWith('640121')).toBe(true)
    const near = await call<ItemBooking>(
      stack.bffUrl,
      'GET',
      `/api/v1/catalog/items/${CONSULT}/booking?lat=38.4679&lng=106.2886`,
    )
    expect(near.body.institutions[0]).toMatchObject({ id: 'inst-xq-center', distance: 0 })
    const unknown = await call(stack.bffUrl, 'GET', '/api/v1/catalog/items/no-such-item/booking')
    expect(unknown.status).toBe(404)
  })

  it('uses the account phone when the booking names none, and asks for one when the account has none', async () => {
    const bySms = await signInBySms(stack.bffUrl, stack.sms, '13955570001')
    const body = {
      institutionId: ONE_SEAT_STATION,
      itemCode: CONSULT,
      date: nthWeekdayAhead(5),
      start: '11:30',
      topic: '咨询',
    }
    const own = await call<Appointment>(stack.bffUrl, 'POST', '/api/v1/appointments', {
      token: bySms.accessToken,
      headers: { 'idempotency-key': randomUUID() },
      body,
    })
    expect(own.body).toMatchObject({ contactPhone: '139****0001' })
    const wechatOnly = await call(stack.bffUrl, 'POST', '/api/v1/appointments', {
      token: await resident(),
      headers: { 'idempotency-key': randomUUID() },
      body: { ...body, start: '11:00', date: nthWeekdayAhead(4) },
    })
    expect(wechatOnly.status).toBe(400)
    expect(refusal(wechatOnly.body)).toEqual({ code: 'VALIDATION_FAILED', said: '请填写联系电话' })
  })

  it('lays out a workstation day on Beijing time, one seat per slot', async () => {
    const date = nthWeekdayAhead(2)
    const day = await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)
    expect(day.status).toBe(200)
    expect(day.body.closed).toBeNull()
    expect(day.body.slots[0]).toMatchObject({ start: '09:00', end: '09:30', seats: 1, left: 1, bookable: true })
    // 09:00 in Beijing is 01:00 UTC, whatever zone the servers run in (the tests run them in UTC).
    expect(day.body.slots[0].startsAt).toBe(`${date}T01:00:00.000Z`)
  })

  it(`gives the last seat to exactly one of ${RACERS} residents racing for it; the rest hear 已约满`, async () => {
    const date = nthWeekdayAhead(2)
    const tokens: string[] = []
    for (let i = 0; i < RACERS; i += 25)
      tokens.push(...(await Promise.all(Array.from({ length: Math.min(25, RACERS - i) }, resident))))
    const replies = await Promise.all(tokens.map((t) => book(stack.bffUrl, t, { date, start: '09:30' })))
    // Anything but a seat or 已约满 is a failure of its own, shown as it came.
    expect(replies.filter((r) => r.status !== 201 && r.status !== 409).map((r) => [r.status, r.body])).toEqual([])
    const won = replies.filter((r) => r.status === 201)
    const full = replies.filter((r) => r.status === 409)
    expect(won).toHaveLength(1)
    expect(full).toHaveLength(RACERS - 1)
    expect(refusal(full[0].body)).toEqual({ code: 'SLOT_FULL', said: '该时段已约满，请选择其他时段' })
    const after = await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)
    expect(after.body.slots.find((s) => s.start === '09:30')).toMatchObject({ left: 0, bookable: false })
  })

  it('answers a retried booking with the same Idempotency-Key with the same booking, never a second', async () => {
    const token = await resident()
    const key = randomUUID()
    const date = nthWeekdayAhead(2)
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => book(stack.bffUrl, token, { date, start: '10:00' }, key)),
    )
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    expect(new Set(replies.map((r) => r.body.number)).size).toBe(1)
    const mine = await call<AppointmentList>(stack.bffUrl, 'GET', '/api/v1/appointments', { token })
    expect(mine.body.items).toHaveLength(1)

    const other = await book(stack.bffUrl, token, { date, start: '10:30' }, key)
    expect(other.status).toBe(422)
    expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' })
    expect(
      (await call<AppointmentList>(stack.bffUrl, 'GET', '/api/v1/appointments', { token })).body.items,
    ).toHaveLength(1)
  })

  it('lets a resident racing themself for two slots of one item on one day keep one, and frees the other seat', async () => {
    const token = await resident()
    const date = nthWeekdayAhead(3)
    const [a, b] = await Promise.all([
      book(stack.bffUrl, token, { date, start: '14:30' }),
      book(stack.bffUrl, token, { date, start: '15:00' }),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const lost = a.status === 409 ? a : b
    expect(lost.body).toMatchObject({ code: 'ALREADY_BOOKED' })
    const day = await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)
    const left = day.body.slots.filter((s) => s.start === '14:30' || s.start === '15:00').map((s) => s.left)
    expect(left.sort()).toEqual([0, 1])
  })

  it('numbers the booking (16 digits, web channel) and shows it with a masked phone and a timeline', async () => {
    const token = await resident()
    const date = nthWeekdayAhead(4)
    const res = await book(stack.bffUrl, token, { date, start: '11:00', contactPhone: '13912345678' })
    expect(res.status).toBe(201)
    expect(res.body.number).toMatch(/^\d{8}3\d{7}$/)
    expect(res.body).toMatchObject({ status: 'booked', contactPhone: '139****5678', canChange: true })
    expect(res.body.item).toEqual({ code: CONSULT, name: expect.any(String) })
    expect(res.body.timeline.map((t) => t.status)).toEqual(['booked'])
    expect(JSON.stringify(res.body)).not.toContain('13912345678')
    const mine = await call<RequestList>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token })
    expect(mine.body.items).toEqual([
      expect.objectContaining({ number: res.body.number, kind: 'appointment', status: 'booked' }),
    ])
  })

  it('reschedules atomically: a full target leaves the booking where it was; a free one moves it and frees the old seat', async () => {
    const token = await resident()
    const date = nthWeekdayAhead(4)
    const first = await book(stack.bffUrl, token, { date, start: '09:00' })
    expect(first.status).toBe(201)
    const blocker = await book(stack.bffUrl, await resident(), { date, start: '09:30' })
    expect(blocker.status).toBe(201)

    const path = `/api/v1/appointments/${first.body.number}/reschedule`
    const refused = await call(stack.bffUrl, 'POST', path, { token, body: { date, start: '09:30' } })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ code: 'SLOT_FULL' })
    const still = await call<Appointment>(stack.bffUrl, 'GET', `/api/v1/appointments/${first.body.number}`, { token })
    expect(still.body).toMatchObject({ start: '09:00', status: 'booked' })

    const moved = await call<Appointment>(stack.bffUrl, 'POST', path, { token, body: { date, start: '10:00' } })
    expect(moved.status).toBe(200)
    expect(moved.body).toMatchObject({ start: '10:00', end: '10:30' })
    expect(moved.body.timeline.map((t) => t.status)).toEqual(['booked', 'rescheduled'])
    const day = await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)
    expect(day.body.slots.find((s) => s.start === '09:00')?.left).toBe(1)
    expect(day.body.slots.find((s) => s.start === '10:00')?.left).toBe(0)
  })

  it('cancels before the start, frees the seat, and refuses a second cancel', async () => {
    const token = await resident()
    const date = nthWeekdayAhead(5)
    const booked = await book(stack.bffUrl, token, { date, start: '16:00' })
    const cancel = `/api/v1/appointments/${booked.body.number}/cancel`
    const res = await call<Appointment>(stack.bffUrl, 'POST', cancel, { token })
    expect(res.body).toMatchObject({ status: 'cancelled', canChange: false })
    expect(res.body.timeline.map((t) => t.status)).toEqual(['booked', 'cancelled'])
    expect(
      (await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)).body.slots.find((s) => s.start === '16:00')?.left,
    ).toBe(1)
    const again = await call(stack.bffUrl, 'POST', cancel, { token })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ code: 'NOT_CANCELLABLE' })
  })

  it("hides one resident's booking from another, and lets no adviser or staff member book", async () => {
    const owner = await resident()
    const booked = await book(stack.bffUrl, owner, { date: nthWeekdayAhead(5), start: '16:30' })
    const stranger = await resident()
    for (const [method, path] of [
      ['GET', `/api/v1/appointments/${booked.body.number}`],
      ['POST', `/api/v1/appointments/${booked.body.number}/cancel`],
    ] as const) {
      const res = await call(stack.bffUrl, method, path, { token: stranger })
      expect(res.status).toBe(404)
    }
    const staff = await signInBySms(stack.bffUrl, stack.sms, '13700000001')
    const refused = await book(stack.bffUrl, staff.accessToken, { date: nthWeekdayAhead(5), start: '17:00' })
    expect(refused.status).toBe(403)
  })

  it('closes a day the calendar marks as a public holiday, and opens it again when the mark is cleared', async () => {
    const date = nthWeekdayAhead(1)
    const mark = (body: unknown) => signedCall(stack, 'PUT', `/calendar/days/${date}`, { body })
    expect((await mark({ kind: 'holiday', name: '测试假日' })).status).toBe(200)
    const closed = await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)
    expect(closed.body).toMatchObject({ closed: { reason: 'holiday', name: '测试假日' }, slots: [] })
    const refused = await book(stack.bffUrl, await resident(), { date, start: '17:00' })
    expect(refusal(refused.body)).toEqual({ code: 'SLOT_UNAVAILABLE', said: '该日为法定节假日，不办理预约' })
    expect((await mark({ kind: 'normal', name: '' })).status).toBe(200)
    expect((await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, date)).body.closed).toBeNull()
  })

  it('refuses a day beyond the horizon and a malformed date with clear messages', async () => {
    const far = await book(stack.bffUrl, await resident(), { date: nthWeekdayAhead(30), start: '09:00' })
    expect(refusal(far.body)).toEqual({ code: 'SLOT_UNAVAILABLE', said: '该日期不在可预约范围内' })
    const bad = await slots(stack.bffUrl, ONE_SEAT_STATION, CONSULT, '2026-02-30')
    expect(bad.status).toBe(400)
    expect(refusal(bad.body)).toEqual({ code: 'VALIDATION_FAILED', said: '日期应为 YYYY-MM-DD 格式的有效日期' })
  })

  it('shows progress by number with the phone digits; a wrong pair reads exactly like an unknown number', async () => {
    const token = await resident()
    const booked = await book(stack.bffUrl, token, {
      date: nthWeekdayAhead(3),
      start: '17:00',
      contactPhone: '13900004321',
    })
    const progress = (number: string, last4: string) =>
      call<RequestProgress>(stack.bffUrl, 'GET', `/api/v1/requests/${number}?phoneLast4=${last4}`)
    const ok = await progress(booked.body.number, '4321')
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ number: booked.body.number, kind: 'appointment', status: 'booked' })
    const wrongPair = await progress(booked.body.number, '0000')
    const unknown = await progress(booked.body.number.replace(/^\d{8}/, '20000101'), '4321')
    expect(wrongPair.status).toBe(404)
    expect(unknown.status).toBe(404)
    const { correlationId: _a, ...a } = wrongPair.body as unknown as Record<string, unknown>
    const { correlationId: _b, ...b } = unknown.body as unknown as Record<string, unknown>
    expect(a).toEqual(b)
  })
})
