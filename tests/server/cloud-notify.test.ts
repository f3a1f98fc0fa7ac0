import { signInByWechat } from '../support/api'
import { book, nthWeekdayAhead } from '../support/booking'
import { cloudSubscribeSent, refuseCloudSubscription } from '../support/fake-wx-server-sdk'
import { startStack, type Stack } from '../support/stack'
import { WechatCloudEmulator } from '../emulators/wechat-cloud'
import { main as notify } from '../../cloud/functions/notify/index'

const SECRET = 'c'.repeat(48)
const TEMPLATE = 'tmpl-booking-notice'

describe('subscribe messages through the cloud function notify (SUBSCRIBE_DRIVER=cloud, PGlite)', () => {
  let stack: Stack
  let cloud: WechatCloudEmulator

  beforeAll(async () => {
    process.env.NOTIFY_SECRET = SECRET
    cloud = await new WechatCloudEmulator({ '/notify': notify }).start()
    stack = await startStack({
      backend: 'pglite',
      extraBffEnv: {
        NOTIFY_POLL_MS: '150',
        WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE,
        SUBSCRIBE_DRIVER: 'cloud',
        WECHAT_CLOUD_NOTIFY_URL: `${cloud.url}/notify`,
        WECHAT_CLOUD_NOTIFY_SECRET: SECRET,
      },
    })
  })
  afterAll(async () => {
    await stack?.stop()
    await cloud?.stop()
  })

  it('a booking confirmation reaches a mini-program user by cloud call, and by SMS when they declined', async () => {
    const day = nthWeekdayAhead(2)
    /** A mini-program user signs in and books a slot of that day, giving a phone for SMS. */
    const bookAs = async (openid: string, start: string, contactPhone: string) => {
      const session = await signInByWechat(stack.bffUrl, stack.wechat, openid)
      const booked = await book(stack.bffUrl, session.accessToken, {
        institutionId: 'inst-yn-center',
        date: day,
        start,
        contactPhone,
      })
      expect(booked.status).toBe(201)
      return booked
    }
    const a = await bookAs('openid-cloud-1', '09:30', '13955590011')
    refuseCloudSubscription('openid-cloud-2')
    const b = await bookAs('openid-cloud-2', '10:30', '13955590012')
    await stack.sms.waitFor((m) => m.template === 'booking_confirmed' && m.params.number === b.body.number)
    expect(stack.sms.sent.some((m) => m.params.number === a.body.number)).toBe(false)
    expect(cloudSubscribeSent.find((m) => m.data.character_string4?.value === a.body.number)).toMatchObject({
      touser: 'openid-cloud-1',
      templateId: TEMPLATE,
      page: `packages/booking/detail/index?number=${a.body.number}`,
      data: { phrase5: { value: '预约成功' }, time2: { value: `${day} 09:30` } },
    })
    // Nothing went by WeChat's HTTPS API: the BFF used no access token for it.
    expect(stack.wechat.subscribeMessages).toHaveLength(0)
  })
})
