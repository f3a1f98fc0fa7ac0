import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { Consultation } from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { ADVISER_PHONE, device, sendText, VILLAGE } from '../support/consult'
import { startInProcess, type InProcessStack } from '../support/in-process'
import type { Opened } from '../support/ws-client'

const TEMPLATE = 'tmpl-consult-reply'

describe('a message reaches a party whose app is closed, by subscribe message or SMS', () => {
  let stack: InProcessStack
  let resident = ''
  let adviser = ''
  let consultation: Consultation
  const sockets: Opened[] = []
  const connect = async (token: string) => {
    const c = await device(stack.bffUrl, token)
    sockets.push(c)
    return c
  }

  beforeAll(async () => {
    stack = await startInProcess({
      extraBffEnv: { NOTIFY_POLL_MS: '150', WECHAT_SUBSCRIBE_CONSULT_TEMPLATE_ID: TEMPLATE },
    })
    // A villager with the mini-program (WeChat knows them and they accepted the subscription).
    resident = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-villager-notice')).accessToken
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token: resident, body: { villageCode: VILLAGE } })
    consultation = (await call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token: resident })).body
    adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
  })
  afterAll(async () => {
    for (const s of sockets) s.ws.close()
    await stack?.stop()
  })

  it("the adviser's answer reaches a villager whose app is closed, once in half an hour, opening the chat", async () => {
    const adviserPhone = await connect(adviser)
    sendText(adviserPhone, consultation.id, 'notice-reply-1', '您好，您上次问的问题我查过了。')
    await adviserPhone.waitFor('message.ack', (d) => d.clientId === 'notice-reply-1')
    const sent = await stack.wechat.waitForSubscribe((m) => m.template_id === TEMPLATE)
    expect(sent).toMatchObject({
      touser: 'openid-villager-notice',
      page: `packages/consult/chat/index?id=${consultation.id}`,
      data: { thing1: { value: '马晓梅' }, thing4: { value: '顾问已回复，点击查看' } },
    })
    // A second answer soon after does not send a second notice.
    sendText(adviserPhone, consultation.id, 'notice-reply-2', '具体情况请看下面这条。')
    await adviserPhone.waitFor('message.ack', (d) => d.clientId === 'notice-reply-2')
    // The villager opens the app and asks; the adviser (online) is not notified, and the next
    // notice the emulator sees is the adviser's SMS once the adviser's app closes.
    const phone = await connect(resident)
    sendText(phone, consultation.id, 'notice-ask-01', '好的，谢谢马老师！')
    await phone.waitFor('message.ack', (d) => d.clientId === 'notice-ask-01')
    adviserPhone.ws.close()
    await adviserPhone.closed
    sendText(phone, consultation.id, 'notice-ask-02', '还有一个问题想请教。')
    const sms = await stack.sms.waitFor((m) => m.template === 'consult_question')
    expect(sms).toMatchObject({ phone: ADVISER_PHONE, params: { place: '福宁村' } })
    expect(stack.wechat.subscribeMessages.filter((m) => m.template_id === TEMPLATE)).toHaveLength(1)
  })

  it('a villager who chose discreet notices is told only that there is something new, by either way', async () => {
    const wechatUser = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-villager-discreet')).accessToken
    const smsUser = (await signInBySms(stack.bffUrl, stack.sms, '13966660301')).accessToken
    const opened: Consultation[] = []
    for (const token of [wechatUser, smsUser]) {
      await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token, body: { villageCode: VILLAGE } })
      const set = await call<{ discreetNotices: boolean }>(stack.bffUrl, 'PUT', '/api/v1/me/notices', {
        token,
        body: { discreet: true },
      })
      expect([set.status, set.body.discreetNotices]).toEqual([200, true])
      opened.push((await call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token })).body)
    }
    const adviserPhone = await connect(adviser)
    for (const [i, c] of opened.entries()) {
      sendText(adviserPhone, c.id, `discreet-reply-${i}`, '关于离婚后孩子抚养的问题，我整理了几点。')
      await adviserPhone.waitFor('message.ack', (d) => d.clientId === `discreet-reply-${i}`)
    }
    const subscribed = await stack.wechat.waitForSubscribe((m) => m.touser === 'openid-villager-discreet')
    expect(subscribed.data).toMatchObject({ thing1: { value: '新通知' }, thing2: { value: '点击查看' } })
    const texted = await stack.sms.waitFor((m) => m.phone === '13966660301' && m.template !== 'login_code')
    expect([texted.template, texted.params.item]).toEqual(['discreet_notice', '新通知'])
    // Neither says who wrote, from which village, or that it is about the law.
    const said = JSON.stringify([subscribed.data, texted.params])
    for (const word of ['马晓梅', '福宁村', '顾问', '法律', '离婚']) expect(said).not.toContain(word)
  })
})
