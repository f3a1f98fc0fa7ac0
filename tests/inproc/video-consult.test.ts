import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { ConsultationList } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { nthWeekdayAhead } from '../support/booking'
import { ADVISER_PHONE, residentWithConsultation } from '../support/consult'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { ADVISERS_FIRM, mine, video, VIDEO } from '../support/video-consult'
import { refusal, said } from '../support/said'

describe('视频咨询 booked with the village adviser (PGlite)', () => {
  let stack: InProcessStack
  let phones = 0
  const villager = () => residentWithConsultation(stack, `1396667${String(++phones).padStart(4, '0')}`)

  beforeAll(async () => {
    stack = await startInProcess({ extraBffEnv: { NOTIFY_POLL_MS: '200' } })
  })
  afterAll(() => stack?.stop())

  it("books the adviser's half hour; both sides see it in their conversation until it is cancelled", async () => {
    const { session, consultation } = await villager()
    const date = nthWeekdayAhead(2)
    const booked = await video(stack, session.accessToken, date, '10:00')
    expect(booked.status).toBe(201)
    expect(booked.body).toMatchObject({
      item: { code: VIDEO },
      institution: { id: ADVISERS_FIRM },
      start: '10:00',
      end: '10:30',
      video: { consultationId: consultation.id, adviserName: '马晓梅', endsAt: `${date}T02:30:00.000Z` },
    })
    const expected = { number: booked.body.number, startsAt: `${date}T02:00:00.000Z`, endsAt: `${date}T02:30:00.000Z` }
    expect((await mine(stack, session.accessToken)).videoAppointment).toEqual(expected)
    const adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    const inbox = await call<ConsultationList>(stack.bffUrl, 'GET', '/api/v1/consultations', { token: adviser })
    expect(inbox.body.items.find((c) => c.id === consultation.id)?.videoAppointment).toEqual(expected)
    // The adviser is told of the booking on their own phone, as the resident is.
    const again = await video(stack, session.accessToken, date, '11:00')
    expect(again.status).toBe(409) // one a day per item: the first stands
    const second = await villager()
    const theirs = await video(stack, second.session.accessToken, date, '11:00')
    expect(
      await stack.sms.waitFor((m) => m.template === 'video_booked' && m.params.number === theirs.body.number),
    ).toMatchObject({ phone: ADVISER_PHONE, params: { when: `${date} 11:00-11:30` } })

    const cancelled = await call(stack.bffUrl, 'POST', `/api/v1/appointments/${booked.body.number}/cancel`, {
      token: session.accessToken,
    })
    expect(cancelled.status).toBe(200)
    expect((await mine(stack, session.accessToken)).videoAppointment).toBeNull()
  })

  it('gives the adviser to one resident per half hour, though the firm has seats left; a cancel frees it', async () => {
    const date = nthWeekdayAhead(3)
    const first = await villager()
    const second = await villager()
    const won = await video(stack, first.session.accessToken, date, '15:00')
    expect(won.status).toBe(201)
    const refused = await video(stack, second.session.accessToken, date, '15:00')
    expect(refused.status).toBe(409)
    expect(refusal(refused.body)).toEqual({ code: 'SLOT_FULL', said: '法律顾问该时段已有其他视频咨询，请选择其他时段' })
    // Moving one's own booking onto a half hour the adviser gives someone else is refused the same way.
    const elsewhere = await video(stack, second.session.accessToken, date, '15:30')
    expect(elsewhere.status).toBe(201)
    const moved = await call(stack.bffUrl, 'POST', `/api/v1/appointments/${elsewhere.body.number}/reschedule`, {
      token: second.session.accessToken,
      body: { date, start: '15:00' },
    })
    expect(moved.status).toBe(409)
    expect(moved.body).toMatchObject({ code: 'SLOT_FULL' })

    await call(stack.bffUrl, 'POST', `/api/v1/appointments/${won.body.number}/cancel`, {
      token: first.session.accessToken,
    })
    const movedNow = await call(stack.bffUrl, 'POST', `/api/v1/appointments/${elsewhere.body.number}/reschedule`, {
      token: second.session.accessToken,
      body: { date, start: '15:00' },
    })
    expect(movedNow.status).toBe(200)
    expect(movedNow.body).toMatchObject({ start: '15:00', video: { adviserName: '马晓梅' } })
  })

  it('refuses another institution, and a resident who has not picked a village, saying what to do; nothing is booked', async () => {
    const { session } = await villager()
    const date = nthWeekdayAhead(4)
    const wrong = await video(stack, session.accessToken, date, '09:00', 'inst-zz-ws')
    expect(wrong.status).toBe(409)
    expect(wrong.body).toMatchObject({ code: 'SLOT_UNAVAILABLE' })
    expect(said(wrong.body)).toMatch(/^视频咨询请预约您的法律顾问马晓梅（.+）$/)

    const stranger = await signInBySms(stack.bffUrl, stack.sms, '13966669999')
    const noVillage = await video(stack, stranger.accessToken, date, '09:00')
    expect(noVillage.status).toBe(409)
    expect(refusal(noVillage.body)).toEqual({ code: 'VILLAGE_NOT_SET', said: '预约视频咨询前，请先选择所在村（社区）' })
    const list = await call<{ items: unknown[] }>(stack.bffUrl, 'GET', '/api/v1/appointments', {
      token: session.accessToken,
    })
    expect(list.body.items).toHaveLength(0)
  })
})
