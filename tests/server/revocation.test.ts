import { WsCloseCode, type WsTicket } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { signedCall } from '../support/signed'
import type { Running } from '../support/processes'
import { startStack, type Stack } from '../support/stack'
import { open, outcome } from '../support/ws-client'

/** One BFF, no Redis: nothing but the data center remembers who signed out. */
describe('ended sign-ins stay ended across BFF restarts and data-center stalls (PGlite, no Redis)', () => {
  let stack: Stack
  const wsUrl = () => `${stack.bffs[stack.bffs.length - 1].url.replace('http', 'ws')}/ws`
  const base = () => stack.bffs[stack.bffs.length - 1].url
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', extraBffEnv: { DC_TIMEOUT_MS: '1000' } })
  })
  afterAll(() => stack?.stop())

  it('a BFF that restarts still refuses an access token whose sign-in ended before', async () => {
    const s = await signInBySms(base(), stack.sms, '13966660001')
    const kept = await signInBySms(base(), stack.sms, '13966660002')
    expect((await call(base(), 'POST', '/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })).status).toBe(
      204,
    )
    await stack.bffs[0].stop()
    await stack.addBff()
    const me = await call(base(), 'GET', '/api/v1/me', { token: s.accessToken })
    expect(me.status).toBe(401)
    expect(me.body).toMatchObject({ code: 'SESSION_REVOKED' })
    expect((await open(wsUrl(), { authorization: `Bearer ${s.accessToken}` }).closed).code).toBe(WsCloseCode.revoked)
    expect((await call(base(), 'GET', '/api/v1/me', { token: kept.accessToken })).status).toBe(200)
  })

  it('while the data center stalls, a signed-out token or ticket still cannot open a socket', async () => {
    const s = await signInBySms(base(), stack.sms, '13966660003')
    const t = await call<WsTicket>(base(), 'POST', '/api/v1/auth/ws-ticket', { token: s.accessToken })
    expect((await call(base(), 'POST', '/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })).status).toBe(
      204,
    )
    stack.dc.child.kill('SIGSTOP')
    try {
      const byHeader = open(wsUrl(), { authorization: `Bearer ${s.accessToken}` })
      const byTicket = open(`${wsUrl()}?ticket=${encodeURIComponent(t.body.ticket)}`)
      expect(await outcome(byHeader)).toBe(WsCloseCode.revoked)
      expect(await outcome(byTicket)).toBe(WsCloseCode.revoked)
    } finally {
      stack.dc.child.kill('SIGCONT')
    }
  })

  it('a BFF that could not read the list yet admits nobody, then everyone once it has', async () => {
    const s = await signInBySms(base(), stack.sms, '13966660004')
    stack.dc.child.kill('SIGSTOP')
    let late: Running
    try {
      // Starts while the data center does not answer: it cannot know who signed out.
      late = await stack.addBff()
    } finally {
      stack.dc.child.kill('SIGCONT')
    }
    const first = await call(late.url, 'GET', '/api/v1/me', { token: s.accessToken })
    expect(first.status).toBe(503)
    expect(first.body).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' })
    // It asks again every 2 s; once it has the list, the same token works.
    await late.waitForLine((line: string) => line.includes('admitting sign-ins again'), 15_000)
    expect((await call(late.url, 'GET', '/api/v1/me', { token: s.accessToken })).status).toBe(200)
  })

  it('the data center lists ended sign-ins to the BFF acting as the system only', async () => {
    const asPerson = await signedCall(stack, 'GET', '/sessions/revoked?withinSeconds=900', {
      actor: 'account:someone',
      role: 'resident',
    })
    expect(asPerson.status).toBe(403)
    const asSystem = await signedCall<{ sessionIds: string[] }>(stack, 'GET', '/sessions/revoked?withinSeconds=900')
    expect(asSystem.status).toBe(200)
    expect(asSystem.body.sessionIds.length).toBeGreaterThanOrEqual(2)
  })
})
