import type { Appointment, AppointmentList, Schedule, SlotDay } from '@pocket/contract'
import { addDays, instantAt, localDateOf, weekdayOf } from '@pocket/contract/time'
import { call, signInBySms, signInByWechat } from '../support/api'
import { book, CONSULT, nthWeekdayAhead } from '../support/booking'
import { startStack, type Stack } from '../support/stack'
import { refusal, stepSaid } from '../support/said'

/** The county center where the demo staff member 赵丽 (13700000001) works. */
const CENTER = 'inst-yn-center'

describe('staff desk: queue, check-in, completion, no-show (PGlite, the servers’ clock on a weekday morning)', () => {
  let stack: Stack
  let n = 0
  // Both servers stand on the next working day at 08:00 Beijing time, before its first slot.
  const day = nthWeekdayAhead(1)
  const offset = instantAt(day, '08:00').getTime() - Date.now()
  const resident = async () => (await signInByWechat(stack.bffUrl, stack.wechat, `openid-desk-${++n}`)).accessToken
  let staff: string
  let otherStaff: string

  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', clockOffsetMs: offset, extraBffEnv: { NOTIFY_POLL_MS: '200' } })
    staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
    otherStaff = (await signInBySms(stack.bffUrl, stack.sms, '13700000002')).accessToken
  })
  afterAll(() => stack?.stop())

  const desk = (token: string, number: string, action: string) =>
    call<Appointment>(stack.bffUrl, 'POST', `/api/v1/workbench/appointments/${number}/${action}`, { token })

  it("shows today's bookings of the staff member's own institution, and no other's", async () => {
    const booked = await book(stack.bffUrl, await resident(), {
      institutionId: CENTER,
      date: day,
      start: '09:00',
      contactPhone: '13900006666',
    })
    expect(booked.status).toBe(201)
    const queue = await call<AppointmentList>(stack.bffUrl, 'GET', '/api/v1/workbench/appointments', { token: staff })
    expect(queue.status).toBe(200)
    expect(queue.body.items.map((a) => a.number)).toContain(booked.body.number)
    expect(JSON.stringify(queue.body)).not.toContain('13900006666')
    const elsewhere = await call<AppointmentList>(stack.bffUrl, 'GET', '/api/v1/workbench/appointments', {
      token: otherStaff,
    })
    expect(elsewhere.body.items.map((a) => a.number)).not.toContain(booked.body.number)
  })

  it('checks in by number, then completes; the resident sees each step', async () => {
    const token = await resident()
    const booked = await book(stack.bffUrl, token, { institutionId: CENTER, date: day, start: '09:30' })
    expect((await desk(otherStaff, booked.body.number, 'check-in')).status).toBe(404)
    expect(refusal((await desk(staff, booked.body.number, 'complete')).body)).toEqual({
      code: 'CONFLICT',
      said: '该预约尚未签到，不能办结',
    })
    expect((await desk(staff, booked.body.number, 'check-in')).body).toMatchObject({ status: 'checked_in' })
    expect((await desk(staff, booked.body.number, 'check-in')).status).toBe(409)
    const done = await desk(staff, booked.body.number, 'complete')
    expect(done.body).toMatchObject({ status: 'completed', canChange: false })
    const seen = await call<Appointment>(stack.bffUrl, 'GET', `/api/v1/appointments/${booked.body.number}`, { token })
    expect(seen.body.timeline.map((s) => s.status)).toEqual(['booked', 'checked_in', 'completed'])
    const cancel = await call(stack.bffUrl, 'POST', `/api/v1/appointments/${booked.body.number}/cancel`, { token })
    expect(cancel.status).toBe(409)
  })

  it('refuses a no-show before the slot starts and a check-in on another day', async () => {
    const early = await book(stack.bffUrl, await resident(), { institutionId: CENTER, date: day, start: '10:00' })
    expect(refusal((await desk(staff, early.body.number, 'no-show')).body)).toEqual({
      code: 'CONFLICT',
      said: '预约时段尚未开始，不能标记未到',
    })
    const laterDay = nthWeekdayAhead(2, instantAt(day, '08:00').getTime())
    const later = await book(stack.bffUrl, await resident(), {
      institutionId: CENTER,
      itemCode: CONSULT,
      date: laterDay,
      start: '10:00',
    })
    expect(later.status).toBe(201)
    const res = await desk(staff, later.body.number, 'check-in')
    expect(res.status).toBe(409)
    expect(refusal(res.body)).toEqual({ code: 'CONFLICT', said: `只能在预约当天签到（预约日期：${laterDay}）` })
  })

  it('lets the resident rate a completed visit once; the institution shows the average and count', async () => {
    const token = await resident()
    const booked = await book(stack.bffUrl, token, { institutionId: CENTER, date: day, start: '11:00' })
    const rate = (by: string, body: unknown) => call(stack.bffUrl, 'POST', '/api/v1/ratings', { token: by, body })
    const rating = { number: booked.body.number, score: 4, tags: ['friendly', 'quick'], comment: '解答很耐心' }
    expect(refusal((await rate(token, rating)).body)).toEqual({ code: 'CONFLICT', said: '办结后才能评价' })
    await desk(staff, booked.body.number, 'check-in')
    await desk(staff, booked.body.number, 'complete')
    expect((await rate(await resident(), rating)).status).toBe(404)
    expect(refusal((await rate(token, { ...rating, score: 6 })).body)).toEqual({
      code: 'VALIDATION_FAILED',
      said: '评分应为1至5分',
    })
    const first = await rate(token, rating)
    expect(first.status).toBe(201)
    expect(refusal((await rate(token, { ...rating, score: 1 })).body)).toEqual({
      code: 'CONFLICT',
      said: '您已评价过这项服务',
    })
    const seen = await call<Appointment>(stack.bffUrl, 'GET', `/api/v1/appointments/${booked.body.number}`, { token })
    expect(seen.body.rating).toEqual({ score: 4, tags: ['friendly', 'quick'], comment: '解答很耐心' })
    const summary = await call(stack.bffUrl, 'GET', `/api/v1/institutions/${CENTER}/rating`)
    expect(summary.body).toEqual({ average: 4, count: 1 })
  })

  const week = async () =>
    (await call<Schedule>(stack.bffUrl, 'GET', '/api/v1/workbench/schedule', { token: staff })).body.weekly
  const saveWeek = (weekly: unknown) =>
    call<Schedule>(stack.bffUrl, 'PUT', '/api/v1/workbench/schedule/week', { token: staff, body: { weekly } })

  it('refuses a weekly template where two slots of a day overlap, and changes nothing', async () => {
    const before = await week()
    const clash = await saveWeek([
      ...before,
      { weekday: 6, start: '20:00', end: '21:00', seats: 1 },
      { weekday: 6, start: '20:30', end: '21:30', seats: 1 },
    ])
    expect(clash.status).toBe(400)
    expect(refusal(clash.body)).toEqual({
      code: 'VALIDATION_FAILED',
      said: expect.stringContaining('周六 20:00–21:00 与'),
    })
    expect(await week()).toEqual(before)
    const added = await saveWeek([
      ...before,
      { weekday: 6, start: '20:00', end: '21:00', seats: 1 },
      { weekday: 6, start: '21:00', end: '21:30', seats: 1 },
    ])
    expect(added.status).toBe(200)
    const saturday = added.body.weekly.filter((w) => w.weekday === 6)
    expect(saturday.map((w) => `${w.start}-${w.end}`)).toEqual(expect.arrayContaining(['20:00-21:00', '21:00-21:30']))
    // A slot left out of the template is no longer offered.
    expect((await saveWeek(before)).body.weekly).toEqual(before)
  })

  it('refuses a closure on a day that is not real or more than a year ahead', async () => {
    for (const date of ['9999-12-31', '2026-02-30', addDays(localDateOf(Date.now()), 400)]) {
      const res = await call(stack.bffUrl, 'PUT', `/api/v1/workbench/schedule/closures/${date}`, {
        token: staff,
        body: { reason: '系统维护' },
      })
      expect([date, res.status, res.body.code]).toEqual([date, 400, 'VALIDATION_FAILED'])
    }
  })

  it('closes a day: its bookings are cancelled and their residents told; reopening opens it', async () => {
    const next = nthWeekdayAhead(1, instantAt(day, '08:00').getTime())
    const token = await resident()
    const booked = await book(stack.bffUrl, token, {
      institutionId: CENTER,
      date: next,
      start: '09:00',
      contactPhone: '13955590001',
    })
    const closures = `/api/v1/workbench/schedule/closures/${next}`
    const closed = await call<Schedule>(stack.bffUrl, 'PUT', closures, { token: staff, body: { reason: '系统维护' } })
    expect(closed.body).toMatchObject({ cancelled: 1, closures: [{ date: next, reason: '系统维护' }] })
    const seen = await call<Appointment>(stack.bffUrl, 'GET', `/api/v1/appointments/${booked.body.number}`, { token })
    expect(seen.body.status).toBe('cancelled')
    expect(seen.body.timeline.at(-1)?.status).toBe('cancelled')
    expect(stepSaid(seen.body.timeline.at(-1))).toBe('机构闭馆：系统维护')
    await stack.sms.waitFor((m) => m.template === 'booking_cancelled' && m.params.number === booked.body.number)
    const day2 = await call<SlotDay>(
      stack.bffUrl,
      'GET',
      `/api/v1/institutions/${CENTER}/slots?item=${CONSULT}&date=${next}`,
    )
    expect(day2.body.closed).toEqual({ reason: 'closure', name: '系统维护' })
    expect((await call(stack.bffUrl, 'DELETE', closures, { token: staff })).status).toBe(200)
    const open = await call<SlotDay>(
      stack.bffUrl,
      'GET',
      `/api/v1/institutions/${CENTER}/slots?item=${CONSULT}&date=${next}`,
    )
    expect(open.body.closed).toBeNull()
  })

  it('cuts the seats of a weekly slot: the newest bookings beyond them are cancelled, the others kept', async () => {
    const next = nthWeekdayAhead(1, instantAt(day, '08:00').getTime())
    const first = await book(stack.bffUrl, await resident(), { institutionId: CENTER, date: next, start: '10:00' })
    const second = await book(stack.bffUrl, await resident(), { institutionId: CENTER, date: next, start: '10:00' })
    const weekday = weekdayOf(next)
    const before = await week()
    const cutTo = (seats: number) =>
      before.map((s) => (s.weekday === weekday && s.start === '10:00' ? { ...s, seats } : s))
    expect(refusal((await saveWeek(cutTo(99))).body)).toEqual({ code: 'VALIDATION_FAILED', said: '座位数应为0至50' })
    const status = async (n: string) =>
      (
        await call<AppointmentList>(stack.bffUrl, 'GET', '/api/v1/workbench/appointments?date=' + next, {
          token: staff,
        })
      ).body.items.find((a) => a.number === n)?.status
    // Staff see what the change would do before saving it, and seeing it changes nothing.
    const preview = await call(stack.bffUrl, 'POST', '/api/v1/workbench/schedule/week/preview', {
      token: staff,
      body: { weekly: cutTo(1) },
    })
    expect(preview.body).toEqual({ cancelled: 1, slots: [{ date: next, start: '10:00', cancelled: 1 }] })
    expect([await status(first.body.number), await status(second.body.number)]).toEqual(['booked', 'booked'])
    const cut = await saveWeek(cutTo(1))
    expect(cut.body.cancelled).toBe(1)
    expect(cut.body.weekly).toContainEqual({ weekday, start: '10:00', end: '10:30', seats: 1 })
    expect(await status(first.body.number)).toBe('booked')
    expect(await status(second.body.number)).toBe('cancelled')
    const slots = await call<SlotDay>(
      stack.bffUrl,
      'GET',
      `/api/v1/institutions/${CENTER}/slots?item=${CONSULT}&date=${next}`,
    )
    expect(slots.body.slots.find((s) => s.start === '10:00')).toMatchObject({ seats: 1, left: 0 })
    expect((await call(stack.bffUrl, 'GET', '/api/v1/workbench/schedule', { token: await resident() })).status).toBe(
      403,
    )
  })

  it('keeps residents and advisers off the desk', async () => {
    const adviser = (await signInBySms(stack.bffUrl, stack.sms, '13800000001')).accessToken
    for (const token of [await resident(), adviser]) {
      const res = await call(stack.bffUrl, 'GET', '/api/v1/workbench/appointments', { token })
      expect(res.status).toBe(403)
    }
  })
})
