import type { AuthSession } from '@pocket/contract'
import { main as cloudLogin } from '../../cloud/functions/login/index'
import { setWxContext } from '../support/fake-wx-server-sdk'
import { call } from '../support/api'
import { startStack, type Stack } from '../support/stack'
import { refusal } from '../support/said'

describe('WeChat sign-in through the WeChat API emulator (PGlite)', () => {
  let stack: Stack
  beforeAll(async () => {
    // At debug, so a session_key logged at any level would be in the output.
    stack = await startStack({ backend: 'pglite', extraBffEnv: { LOG_LEVEL: 'debug' } })
  })
  afterAll(() => stack?.stop())

  it('exchanges a wx.login code for a resident session, the same account every time', async () => {
    const first = await call<AuthSession>(stack.bffUrl, 'POST', '/api/v1/auth/wechat', {
      body: { code: stack.wechat.issueCode('openid-villager-1') },
    })
    expect(first.status).toBe(200)
    expect(first.body.role).toBe('resident')
    const second = await call<AuthSession>(stack.bffUrl, 'POST', '/api/v1/auth/wechat', {
      body: { code: stack.wechat.issueCode('openid-villager-1') },
    })
    expect(second.body.me.id).toBe(first.body.me.id)
    expect(JSON.stringify(first.body)).not.toMatch(/session_key|openid-villager-1/)
  })

  it('refuses a code WeChat does not recognise (or one used twice)', async () => {
    const code = stack.wechat.issueCode('openid-villager-2')
    expect((await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { code } })).status).toBe(200)
    const again = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { code } })
    expect(again.status).toBe(401)
    expect(refusal(again.body)).toEqual({ code: 'WECHAT_LOGIN_FAILED', said: '微信登录失败，请重试' })
  })

  it('never writes a session_key to the BFF log, at any level', () => {
    const log = stack.bffs[0].output()
    expect(log).toMatch(/"msg":"request"/) // per-request lines: written at debug only
    expect(stack.wechat.sessionKeys.length).toBeGreaterThan(0)
    for (const key of stack.wechat.sessionKeys) expect(log).not.toContain(key)
    expect(log).not.toMatch(/session_?key/i)
  })

  it('accepts a ticket from the login cloud function, and refuses a tampered one', async () => {
    process.env.LOGIN_TICKET_SECRET = stack.secrets.cloudTicket
    setWxContext({ OPENID: 'openid-cloud-1', APPID: stack.wechat.appId })
    const res = await cloudLogin()
    if ('error' in res) throw new Error(res.error)
    const ok = await call<AuthSession>(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { ticket: res.ticket } })
    expect(ok.status).toBe(200)
    expect(ok.body.role).toBe('resident')
    const [payload, sig] = res.ticket.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), openid: 'someone-else' }),
    ).toString('base64url')
    const bad = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { ticket: `${forged}.${sig}` } })
    expect(bad.status).toBe(401)
    expect(bad.body).toMatchObject({ code: 'WECHAT_LOGIN_FAILED' })
  })

  it('accepts a cloud ticket once, and only for this mini-program', async () => {
    process.env.LOGIN_TICKET_SECRET = stack.secrets.cloudTicket
    setWxContext({ OPENID: 'openid-cloud-2', APPID: stack.wechat.appId })
    const res = await cloudLogin()
    if ('error' in res) throw new Error(res.error)
    const first = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { ticket: res.ticket } })
    expect(first.status).toBe(200)
    const again = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { ticket: res.ticket } })
    expect(again.status).toBe(401)
    expect(again.body).toMatchObject({ code: 'WECHAT_LOGIN_FAILED' })
    // Signed with the right secret, but issued to another mini-program.
    setWxContext({ OPENID: 'openid-cloud-3', APPID: 'wx-another-app' })
    const other = await cloudLogin()
    if ('error' in other) throw new Error(other.error)
    const foreign = await call(stack.bffUrl, 'POST', '/api/v1/auth/wechat', { body: { ticket: other.ticket } })
    expect(foreign.status).toBe(401)
    expect(foreign.body).toMatchObject({ code: 'WECHAT_LOGIN_FAILED' })
  })
})
