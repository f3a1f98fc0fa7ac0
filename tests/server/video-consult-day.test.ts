import type { Appointment, Call } from '@pocket/contract'
import { instantAt } from '@pocket/contract/time'
import { call, signInBySms } from '../support/api'
import { nthWeekdayAhead } from '../support/booking'
import { ADVISER_PHONE, device, residentWithConsultation } from '../support/consult'
import { signedCall } from '../support/signed'
import { startStack, type Stack } from '../support/stack'
import { mine, video, VIDEO } from '../support/video-consult'
import { stepSaid } from '../support/said'

describe('a 视频咨询 held on its day (the stack five minutes before the slot)', () => {
  const date = nthWeekdayAhead(1)
  const startsAt = instantAt(date, '10:00').getTime()
  const offset = startsAt - 5 * 60_000 - Date.now()
  let stack: Stack

  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', clockOffsetMs: offset })
  })
  afterAll(() => stack?.stop())

  it('is completed by the call that joins it, with the call on its timeline, and can then be rated', async () => {
    // Five minutes' notice is too short for the seeded rule (30 minutes): operators set it.
    const rule = await signedCall(stack, 'PUT', `/catalog/items/${VIDEO}/booking-rule`, {
      body: { minNoticeMinutes: 0, horizonDays: 7 },
      timestamp: Math.floor((Date.now() + offset) / 1000), // signed on the stack's clock
    })
    expect(rule.status).toBe(200)
    const { session, consultation } = await residentWithConsultation(stack, '13966668001')
    const booked = await video(stack, session.accessToken, date, '10:00')
    expect(booked.status).toBe(201)

    const phone = await device(stack.bffUrl, session.accessToken)
    const adviser = await device(stack.bffUrl, (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken)
    phone.emit('call.invite', { consultationId: consultation.id, kind: 'video' })
    const rang = (await adviser.waitFor('call.state', (d) => (d as { call: Call }).call.state === 'ringing')) as {
      call: Call
    }
    adviser.emit('call.accept', { callId: rang.call.id })
    await phone.waitFor('call.state', (d) => (d as { call: Call }).call.state === 'active')
    phone.emit('call.hangup', { callId: rang.call.id })
    await adviser.waitFor('call.state', (d) => (d as { call: Call }).call.state === 'ended')
    phone.ws.close()
    adviser.ws.close()

    const held = await call<Appointment>(stack.bffUrl, 'GET', `/api/v1/appointments/${booked.body.number}`, {
      token: session.accessToken,
    })
    expect(held.body.status).toBe('completed')
    expect(stepSaid(held.body.timeline.at(-1))).toMatch(/^视频通话 · 通话时长 /)
    expect((await mine(stack, session.accessToken)).videoAppointment).toBeNull()
    const rated = await call(stack.bffUrl, 'POST', '/api/v1/ratings', {
      token: session.accessToken,
      body: { number: booked.body.number, score: 5, tags: [], comment: '顾问看了借条，讲得很清楚' },
    })
    expect(rated.status).toBeLessThan(300)
  })
})
