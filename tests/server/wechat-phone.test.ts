import type { AuthSession, Me } from '@pocket/contract'
import { main as cloudLogin } from '../../cloud/functions/login/index'
import { call, signInBySms } from '../support/api'
import { issueCloudPhoneCode, setWxContext } from '../support/fake-wx-server-sdk'
import { signedCall } from '../support/signed'
import { startStack, type Stack } from '../support/stack'
import { refusal, said } from '../support/said'

const FUNING = '640121104201'

describe('WeChat sign-in with the phone WeChat verified (getPhoneNumber), PGlite and the real login cloud function', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite' })
  })
  afterAll(() => stack?.stop())

  const wechat = (openid: string, phone?: string) =>
    call<AuthSession & { code?: string; message?: string }>(stack.bffUrl, 'POST', '/api/v1/auth/wechat', {
      body: {
        code: stack.wechat.issueCode(openid),
        ...(phone ? { phoneCode: stack.wechat.issuePhoneCode(phone) } : {}),
      },
    })
  const pickVillage = (token: string) =>
    call<Me>(stack.bffUrl, 'PUT', '/api/v1/me/village', { token, body: { villageCode: FUNING } })

  it('recognises an adviser by the phone and lands them as the adviser; later plain WeChat sign-ins too', async () => {
    const first = await wechat('openid-adviser-ma', '13800000001')
    expect(first.status).toBe(200)
    expect(first.body.role).toBe('adviser')
    expect(first.body.me).toMatchObject({ displayName: '马晓梅', phoneMasked: '138****0001' })
    const again = await wechat('openid-adviser-ma')
    expect(again.body.me.id).toBe(first.body.me.id)
    expect(again.body.role).toBe('adviser')
    // The phone is the same person by SMS, too.
    const bySms = await signInBySms(stack.bffUrl, stack.sms, '13800000001')
    expect(bySms.me.id).toBe(first.body.me.id)
  })

  it('joins a resident’s earlier SMS account: same account, village kept', async () => {
    const sms = await signInBySms(stack.bffUrl, stack.sms, '13977770001')
    await pickVillage(sms.accessToken)
    const res = await wechat('openid-resident-1', '13977770001')
    expect(res.body.me.id).toBe(sms.me.id)
    expect(res.body.me.village?.code).toBe(FUNING)
  })

  it('binds the phone to a WeChat-only resident, who keeps their village and can then use SMS', async () => {
    const plain = await wechat('openid-resident-2')
    expect(plain.body.me.phoneMasked).toBeNull()
    await pickVillage(plain.body.accessToken)
    const bound = await wechat('openid-resident-2', '13977770002')
    expect(bound.body.me).toMatchObject({ id: plain.body.me.id, phoneMasked: '139****0002', displayName: '居民0002' })
    expect(bound.body.me.village?.code).toBe(FUNING)
    const bySms = await signInBySms(stack.bffUrl, stack.sms, '13977770002')
    expect(bySms.me.id).toBe(plain.body.me.id)
  })

  it('merges a WeChat-only account into the phone’s SMS account, keeping the village chosen on WeChat', async () => {
    const plain = await wechat('openid-resident-3')
    await pickVillage(plain.body.accessToken)
    const sms = await signInBySms(stack.bffUrl, stack.sms, '13977770003')
    expect(sms.me.village).toBeNull()
    const merged = await wechat('openid-resident-3', '13977770003')
    expect(merged.body.me.id).toBe(sms.me.id)
    expect(merged.body.me.village?.code).toBe(FUNING)
    expect((await wechat('openid-resident-3')).body.me.id).toBe(sms.me.id)
    const audit = await signedCall<{ items: { action: string }[] }>(
      stack,
      'GET',
      `/audit?entity=account&entityId=${sms.me.id}`,
    )
    expect(audit.body.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['account.merge', 'account.bind_wechat']),
    )
  })

  it('refuses a phone bound to another WeChat, and a WeChat bound to another phone, changing nothing', async () => {
    await wechat('openid-owner-4', '13977770004')
    const other = await wechat('openid-other-4', '13977770004')
    expect(other.status).toBe(409)
    expect(refusal(other.body)).toEqual({ code: 'CONFLICT', said: '该手机号已绑定其他微信，请使用短信验证码登录' })
    const otherPhone = await wechat('openid-owner-4', '13977770005')
    expect(otherPhone.status).toBe(409)
    expect(said(otherPhone.body)).toBe('该微信已绑定手机号139****0004，请用该号码登录')
    // Nothing moved: the owner still signs in as before, the refused WeChat has no account with that phone.
    expect((await wechat('openid-owner-4')).body.me.phoneMasked).toBe('139****0004')
  })

  it('refuses a phone code WeChat does not know, and a number outside the mainland, with Chinese messages', async () => {
    const bad = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', {
      body: { code: stack.wechat.issueCode('openid-5'), phoneCode: 'not-a-real-code' },
    })
    expect(bad.status).toBe(401)
    expect(refusal(bad.body)).toEqual({
      code: 'WECHAT_LOGIN_FAILED',
      said: '获取微信手机号失败，请重试或使用短信验证码登录',
    })
    const abroad = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', {
      body: { code: stack.wechat.issueCode('openid-5'), phoneCode: stack.wechat.issuePhoneCode('91234567', '852') },
    })
    expect(abroad.status).toBe(401)
    expect(said(abroad.body)).toBe('暂只支持中国大陆手机号，请使用短信验证码登录')
  })

  it('keeps one WeChat access token until WeChat ends it, then fetches another and carries on', async () => {
    await wechat('openid-6', '13977770006')
    const asked = stack.wechat.tokenRequests
    await Promise.all([wechat('openid-7', '13977770007'), wechat('openid-9', '13977770009')])
    expect(stack.wechat.tokenRequests).toBe(asked)
    stack.wechat.expireAccessTokens()
    const res = await wechat('openid-8', '13977770008')
    expect(res.status).toBe(200)
    expect(res.body.me.phoneMasked).toBe('139****0008')
    expect(stack.wechat.tokenRequests).toBe(asked + 1)
  })

  it('takes the phone from the login cloud function’s ticket (no AppSecret on the BFF needed)', async () => {
    process.env.LOGIN_TICKET_SECRET = stack.secrets.cloudTicket
    setWxContext({ OPENID: 'openid-cloud-staff', APPID: stack.wechat.appId })
    const res = await cloudLogin({ phoneCode: issueCloudPhoneCode('13700000001') })
    if ('error' in res) throw new Error(res.error)
    expect(res.phone).toBe('13700000001')
    const session = await call<AuthSession>(stack.bffUrl, 'POST', '/api/v1/auth/wechat', {
      body: { ticket: res.ticket },
    })
    expect(session.body.role).toBe('staff')
    expect(session.body.me.displayName).toBe('赵丽')
    expect(await cloudLogin({ phoneCode: 'used-or-forged' })).toEqual({ error: 'PHONE_CODE_INVALID' })
  })
})
