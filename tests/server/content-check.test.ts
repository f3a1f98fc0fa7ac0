import type { Consultation, MessagePage } from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { ADVISER_PHONE, device, residentWithConsultation, sendText, VILLAGE } from '../support/consult'
import { startStack, type Stack } from '../support/stack'
import type { Opened } from '../support/ws-client'

describe('chat text goes through the content check (msgSecCheck) before anyone sees it', () => {
  let stack: Stack
  let resident = ''
  let consultation: Consultation
  let phone: Opened
  let adviserPhone: Opened

  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite' })
    // A villager who signed in with the mini-program: WeChat knows their openid.
    resident = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-villager-check')).accessToken
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token: resident, body: { villageCode: VILLAGE } })
    consultation = (await call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token: resident })).body
    const adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
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
    expect(await phone.waitFor('message.failed', (d) => d.clientId === 'risky-00001')).toMatchObject({
      code: 'CONTENT_UNSAFE',
      message: '消息含有不宜发送的内容，没有发出。请修改后再发送',
      retry: false,
    })
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

  it('a sender WeChat does not know (signed in by SMS) is not sent to msgSecCheck', async () => {
    const other = await residentWithConsultation(stack, '13966660201')
    const sms = await device(stack.bffUrl, other.session.accessToken)
    try {
      const before = stack.wechat.contentChecks.length
      sendText(sms, other.consultation.id, 'sms-0000001', '请问怎么申请法律援助？')
      expect(await sms.waitFor('message.ack', (d) => d.clientId === 'sms-0000001')).toMatchObject({ seq: 1 })
      expect(stack.wechat.contentChecks.length).toBe(before)
    } finally {
      sms.ws.close()
    }
  })

  it('when WeChat cannot be reached, the text still goes through', async () => {
    await stack.wechat.stop()
    sendText(phone, consultation.id, 'down-000001', '王律师明天在吗？')
    expect(await phone.waitFor('message.ack', (d) => d.clientId === 'down-000001')).toMatchObject({ seq: 2 })
  })
})
