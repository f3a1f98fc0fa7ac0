import { createHmac } from 'node:crypto'
import { issueCloudPhoneCode, setWxContext, initCalls } from '../support/fake-wx-server-sdk'
import { main } from '../../cloud/functions/login/index'

const SECRET = 's'.repeat(40)

describe('cloud function login (against a fake of wx-server-sdk)', () => {
  beforeEach(() => {
    process.env.LOGIN_TICKET_SECRET = SECRET
  })

  it('initialises the SDK on the current environment', () => {
    expect(initCalls[0]).toEqual({ env: expect.any(Symbol) })
  })

  it('returns the caller’s openid and a ticket signed with the configured secret', async () => {
    setWxContext({ OPENID: 'o-abc', UNIONID: 'u-1', APPID: 'wx123' })
    const res = await main()
    if ('error' in res) throw new Error(res.error)
    expect(res).toMatchObject({ openid: 'o-abc', unionid: 'u-1', expiresIn: 300 })
    const [payload, sig] = res.ticket.split('.')
    expect(createHmac('sha256', SECRET).update(payload).digest('base64url')).toBe(sig)
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp: number; appid: string }
    expect(body.appid).toBe('wx123')
    expect(body.exp - Date.now() / 1000).toBeGreaterThan(290)
  })

  it('refuses to issue a ticket without a WeChat context or a secret', async () => {
    setWxContext({})
    expect(await main()).toEqual({ error: 'NO_WX_CONTEXT' })
    setWxContext({ OPENID: 'o', APPID: 'wx' })
    delete process.env.LOGIN_TICKET_SECRET
    expect(await main()).toEqual({ error: 'LOGIN_TICKET_SECRET_NOT_CONFIGURED' })
  })

  it('puts the phone WeChat verified into the signed ticket when given a getPhoneNumber code', async () => {
    setWxContext({ OPENID: 'o-abc', APPID: 'wx123' })
    const res = await main({ phoneCode: issueCloudPhoneCode('13900000009') })
    if ('error' in res) throw new Error(res.error)
    expect(res.phone).toBe('13900000009')
    const body = JSON.parse(Buffer.from(res.ticket.split('.')[0], 'base64url').toString()) as { phone?: string }
    expect(body.phone).toBe('13900000009')
    expect(await main({ phoneCode: 'forged' })).toEqual({ error: 'PHONE_CODE_INVALID' })
    const without = await main()
    if ('error' in without) throw new Error(without.error)
    expect(without.phone).toBeNull()
  })
})
