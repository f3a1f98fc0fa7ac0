import { instantAt } from '@pocket/contract/time'
import { signInBySms, signInByWechat } from '../support/api'
import { book, nthWeekdayAhead } from '../support/booking'
import { requiredInCi } from '../support/env'
import { startStack, type Stack } from '../support/stack'

const redisUrl = requiredInCi('TEST_REDIS_URL', process.env.TEST_REDIS_URL)
const describeWithRedis = redisUrl && process.env.TEST_DATABASE_URL ? describe : describe.skip

const CENTER = 'inst-yn-center'
const TEMPLATE = 'tmpl-booking-notice'

describeWithRedis('notifications: durable, sent once by one of two BFFs, across a restart (PostgreSQL + Redis)', () => {
  let stack: Stack
  // Reminders are due an hour before the slot; the servers stand 30 s before the 10:00 slot's reminder:
  // time enough to start them, book and stop every BFF even on a loaded machine (the test then waits
  // for the reminder, not for the 30 s).
  const day = nthWeekdayAhead(1)
  const offset = instantAt(day, '08:59:30').getTime() - Date.now()

  beforeAll(async () => {
    stack = await startStack({
      backend: 'postgres',
      instances: 2,
      redisUrl,
      clockOffsetMs: offset,
      extraDcEnv: { REMINDER_LEAD_MINUTES: '60' },
      // A short lease: on a loaded machine the BFFs stopped below may already hold the reminder's
      // claim, and the ones that replace them take it over only when it ends (60 s by default).
      extraBffEnv: { NOTIFY_POLL_MS: '150', NOTIFY_LEASE_SECONDS: '10', WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE },
    })
  })
  afterAll(() => stack?.stop())

  const sms = (phone: string, template: string) =>
    stack.sms.sent.filter((m) => m.phone === phone && m.template === template)

  it('confirms at once, keeps the reminder through a restart of every BFF, and sends each exactly once', async () => {
    const resident = await signInBySms(stack.bffUrl, stack.sms, '13955580001')
    // Each send outlasts several polls of the other instance: only the claim's lease keeps it from sending too.
    stack.sms.answerDelayMs = 700
    const booked = await book(stack.bffUrl, resident.accessToken, {
      institutionId: CENTER,
      date: day,
      start: '10:00',
      contactPhone: '13955580001',
    })
    expect(booked.status).toBe(201)
    const confirmation = await stack.sms.waitFor(
      (m) => m.template === 'booking_confirmed' && m.params.number === booked.body.number,
    )
    expect(confirmation.params).toMatchObject({
      item: expect.any(String),
      when: `${day} 10:00-10:30`,
      status: '预约成功',
    })

    // Every BFF goes away before the reminder is due; the reminder is a row, not a timer.
    for (const bff of stack.bffs) await bff.stop()
    expect(sms('13955580001', 'booking_reminder')).toHaveLength(0)
    const fresh = [await stack.addBff(), await stack.addBff()]
    const reminder = await stack.sms.waitFor(
      (m) => m.template === 'booking_reminder' && m.params.number === booked.body.number,
      45_000,
    )
    expect(reminder.params).toMatchObject({ status: '即将开始', place: '永宁县公共法律服务中心' })

    // Both instances keep polling; a later booking's confirmation arriving means they have had time to repeat.
    const other = await signInBySms(fresh[1].url, stack.sms, '13955580002')
    const later = await book(fresh[1].url, other.accessToken, { institutionId: CENTER, date: day, start: '15:00' })
    await stack.sms.waitFor((m) => m.template === 'booking_confirmed' && m.params.number === later.body.number)
    expect(sms('13955580001', 'booking_confirmed')).toHaveLength(1)
    expect(sms('13955580001', 'booking_reminder')).toHaveLength(1)
    stack.sms.answerDelayMs = 0
  })

  it('sends a subscribe message to a mini-program user, and SMS when they declined the subscription', async () => {
    const url = stack.bffs[stack.bffs.length - 1].url
    const subscribed = await signInByWechat(url, stack.wechat, 'openid-notify-1')
    const a = await book(url, subscribed.accessToken, {
      institutionId: CENTER,
      date: day,
      start: '16:00',
      contactPhone: '13955580011',
    })
    const declined = await signInByWechat(url, stack.wechat, 'openid-notify-2')
    stack.wechat.refuseSubscription('openid-notify-2')
    const b = await book(url, declined.accessToken, {
      institutionId: CENTER,
      date: day,
      start: '16:30',
      contactPhone: '13955580012',
    })
    await stack.sms.waitFor((m) => m.template === 'booking_confirmed' && m.params.number === b.body.number)
    const message = stack.wechat.subscribeMessages.find((m) => m.data.character_string4?.value === a.body.number)
    expect(message).toMatchObject({
      touser: 'openid-notify-1',
      template_id: TEMPLATE,
      page: `packages/booking/detail/index?number=${a.body.number}`,
      data: { phrase5: { value: '预约成功' }, time2: { value: `${day} 16:00` } },
    })
    expect(sms('13955580011', 'booking_confirmed')).toHaveLength(0)
  })

  it('tells of a cancellation', async () => {
    const url = stack.bffs[stack.bffs.length - 1].url
    const resident = await signInBySms(url, stack.sms, '13955580021')
    const booked = await book(url, resident.accessToken, {
      institutionId: CENTER,
      date: nthWeekdayAhead(3, instantAt(day, '09:00').getTime()),
      start: '09:00',
    })
    await stack.sms.waitFor((m) => m.template === 'booking_confirmed' && m.params.number === booked.body.number)
    const res = await fetch(`${url}/api/v1/appointments/${booked.body.number}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${resident.accessToken}` },
    })
    expect(res.status).toBe(200)
    const cancelled = await stack.sms.waitFor(
      (m) => m.template === 'booking_cancelled' && m.params.number === booked.body.number,
    )
    expect(cancelled.params.status).toBe('已取消')
  })
})
