import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { Consultation, MessagePage } from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { ADVISER_PHONE, device, residentWithConsultation, sendText, VILLAGE } from '../support/consult'
import { book, nthWeekdayAhead } from '../support/booking'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import type { Opened } from '../support/ws-client'
import { said } from '../support/said'

describe('text people write for others goes through the content check before anyone sees it', () => {
  let stack: InProcessStack
  let resident = ''
  let adviser = ''
  let consultation: Consultation
  let phone: Opened
  let adviserPhone: Opened

  beforeAll(async () => {
    stack = await startInProcess({ extraBffEnv: { CONTENT_RULES_REFRESH_MS: '200', LOG_LEVEL: 'log' } })
    // A villager who signed in with the mini-program: WeChat knows their openid.
    resident = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-villager-check')).accessToken
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token: resident, body: { villageCode: VILLAGE } })
    consultation = (await call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token: resident })).body
    adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    phone = await device(stack.bffUrl, resident)
    adviserPhone = await device(stack.bffUrl, adviser)
    stack.wechat.riskyWords.add('网络赌博')
    stack.wechat.reviewWords.add('打架')
  })
  afterAll(async () => {
    phone?.ws.close()
    adviserPhone?.ws.close()
    await stack?.stop()
  })

  const history = async () =>
    (
      await call<MessagePage>(stack.bffUrl, 'GET', `/api/v1/consultations/${consultation.id}/messages?afterSeq=0`, {
        token: resident,
      })
    ).body.items

  it('a risky text is refused with the reason, stored nowhere and delivered to nobody', async () => {
    const delivered = adviserPhone.waitFor('message.new', () => true)
    sendText(phone, consultation.id, 'risky-00001', '有没有网络赌博的平台推荐？')
    const risky = await phone.waitFor('message.failed', (d) => d.clientId === 'risky-00001')
    expect([risky.code, said(risky), risky.retry]).toEqual([
      'CONTENT_UNSAFE',
      '内容含有不宜发送的信息，没有提交。请修改后再试',
      false,
    ])
    expect(stack.wechat.contentChecks.at(-1)).toEqual({
      openid: 'openid-villager-check',
      content: '有没有网络赌博的平台推荐？',
      suggest: 'risky',
    })
    expect(await history()).toEqual([])
    // The next message the adviser gets is the next one sent, as the first of the conversation.
    sendText(phone, consultation.id, 'fine-000001', '邻居和我打架了，我能报警吗？')
    expect(await phone.waitFor('message.ack', (d) => d.clientId === 'fine-000001')).toMatchObject({ seq: 1 })
    expect(await delivered).toMatchObject({ seq: 1, body: { text: '邻居和我打架了，我能报警吗？' } })
    expect(stack.wechat.contentChecks.at(-1)?.suggest).toBe('review')
  })

  it('a sender WeChat does not know (signed in by SMS) is checked by the rules, not sent to msgSecCheck', async () => {
    const other = await residentWithConsultation(stack, '13966660201')
    const sms = await device(stack.bffUrl, other.session.accessToken)
    try {
      const before = stack.wechat.contentChecks.length
      sendText(sms, other.consultation.id, 'sms-0000001', '请问怎么申请法律援助？')
      expect(await sms.waitFor('message.ack', (d) => d.clientId === 'sms-0000001')).toMatchObject({ seq: 1 })
      sendText(sms, other.consultation.id, 'sms-0000002', '有 网赌·平台 的，稳赚')
      expect(await sms.waitFor('message.failed', (d) => d.clientId === 'sms-0000002')).toMatchObject({
        code: 'CONTENT_UNSAFE',
        retry: false,
      })
      expect(stack.wechat.contentChecks.length).toBe(before)
    } finally {
      sms.ws.close()
    }
  })

  it('checks every text a route takes for others: topics, notes, comments, replies', async () => {
    const smsUser = (await signInBySms(stack.bffUrl, stack.sms, '13966660202')).accessToken
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token: smsUser, body: { villageCode: VILLAGE } })
    const risky = '出售银行卡，量大从优'
    const callback = await call(stack.bffUrl, 'POST', '/api/v1/callbacks', {
      token: smsUser,
      body: { window: 'any', topic: risky },
    })
    expect([callback.status, callback.body.code]).toEqual([422, 'CONTENT_UNSAFE'])
    const booking = await book(stack.bffUrl, smsUser, { date: nthWeekdayAhead(3), start: '10:00', topic: risky })
    expect([booking.status, booking.body.code]).toEqual([422, 'CONTENT_UNSAFE'])
    const replies = await call(stack.bffUrl, 'PUT', '/api/v1/consultations/saved-replies', {
      token: adviser,
      body: { items: ['您好，请讲', risky] },
    })
    expect([replies.status, replies.body.code]).toEqual([422, 'CONTENT_UNSAFE'])
    // Nothing of it was kept: 我的办件 is empty.
    expect(
      (await call<{ items: unknown[] }>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token: smsUser })).body.items,
    ).toEqual([])
  })

  it("applies the operators' list as they change it, on every instance within the refresh", async () => {
    const smsUser = (await signInBySms(stack.bffUrl, stack.sms, '13966660203')).accessToken
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token: smsUser, body: { villageCode: VILLAGE } })
    const topic = '想问问关于某某黑产的事情'
    const { body: list } = await signedCall<{ items: unknown[] }>(stack, 'GET', '/content-rules')
    const put = await signedCall(stack, 'PUT', '/content-rules', {
      body: { items: [...list.items, { match: 'word', pattern: '某某黑产', verdict: 'risky' }] },
    })
    expect(put.status).toBe(200)
    // Every instance reads the list again within CONTENT_RULES_REFRESH_MS and says so.
    const count = list.items.length + 1
    await stack.bffs[0].waitForLine((l) => l.includes('content rules loaded') && l.includes(`"count":${count}`))
    const refused = await call(stack.bffUrl, 'POST', '/api/v1/callbacks', {
      token: smsUser,
      body: { window: 'any', topic },
    })
    expect([refused.status, refused.body.code]).toEqual([422, 'CONTENT_UNSAFE'])
    const bad = await signedCall(stack, 'PUT', '/content-rules', {
      body: { items: [{ match: 'regex', pattern: '(', verdict: 'risky' }] },
    })
    expect([bad.status, said(bad.body)]).toEqual([400, '正则表达式无效'])
  })

  it("when WeChat cannot be reached, a WeChat user's text is refused for now (retryable), never stored unchecked", async () => {
    const stored = (await history()).length
    await stack.wechat.stop()
    sendText(phone, consultation.id, 'down-000001', '王律师明天在吗？')
    const down = await phone.waitFor('message.failed', (d) => d.clientId === 'down-000001')
    expect([down.code, said(down), down.retry]).toEqual([
      'UPSTREAM_UNAVAILABLE',
      '内容安全检查暂时不可用，请稍后再试',
      true,
    ])
    expect(await history()).toHaveLength(stored)
  })
})
