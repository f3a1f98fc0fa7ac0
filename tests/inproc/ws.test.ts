import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import { WS_MAX_FRAME_BYTES, WsCloseCode, type WsTicket } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { open, outcome } from '../support/ws-client'

describe('WebSocket gateway at /ws (in process)', () => {
  let stack: InProcessStack
  let wsUrl: string
  let token: string
  let accountId: string
  beforeAll(async () => {
    stack = await startInProcess()
    wsUrl = `${stack.bffUrl.replace('http', 'ws')}/ws`
    const s = await signInBySms(stack.bffUrl, stack.sms, '13933330001')
    token = s.accessToken
    accountId = s.me.id
  })
  afterAll(() => stack?.stop())

  it('closes an unauthenticated socket with 4401', async () => {
    const c = open(wsUrl)
    expect((await c.closed).code).toBe(WsCloseCode.unauthorized)
  })

  it('accepts the mini-program’s Authorization header and answers ping and presence', async () => {
    const c = open(wsUrl, { authorization: `Bearer ${token}` })
    expect(await c.next('ready')).toMatchObject({ accountId })
    c.ws.send(JSON.stringify({ event: 'ping', data: { t: 42 } }))
    expect(await c.next('pong')).toEqual({ t: 42 })
    c.ws.send(JSON.stringify({ event: 'presence', data: { accountIds: [accountId, 'nobody'] } }))
    expect(await c.next('presence')).toEqual({
      states: [
        { accountId, online: true },
        { accountId: 'nobody', online: false },
      ],
    })
    c.ws.close()
  })

  it('accepts a browser’s short-lived ticket, but not an access token in its place', async () => {
    const t = await call<WsTicket>(stack.bffUrl, 'POST', '/api/v1/auth/ws-ticket', { token })
    expect(t.body.expiresIn).toBe(60)
    const c = open(`${wsUrl}?ticket=${encodeURIComponent(t.body.ticket)}`)
    expect(await c.next('ready')).toMatchObject({ accountId })
    c.ws.close()
    const wrong = open(`${wsUrl}?ticket=${encodeURIComponent(token)}`)
    expect((await wrong.closed).code).toBe(WsCloseCode.unauthorized)
  })

  it('accepts a ticket once: a ticket seen in a log or a proxy cannot open a second socket', async () => {
    const t = await call<WsTicket>(stack.bffUrl, 'POST', '/api/v1/auth/ws-ticket', { token })
    const first = open(`${wsUrl}?ticket=${encodeURIComponent(t.body.ticket)}`)
    expect(await first.next('ready')).toMatchObject({ accountId })
    const again = open(`${wsUrl}?ticket=${encodeURIComponent(t.body.ticket)}`)
    expect(await outcome(again)).toBe(WsCloseCode.unauthorized)
    first.ws.close()
  })

  it('closes on a malformed frame (1007) and on an unknown event, and keeps serving others', async () => {
    const a = open(wsUrl, { authorization: `Bearer ${token}` })
    await a.next('ready')
    a.ws.send('{not json')
    expect((await a.closed).code).toBe(WsCloseCode.invalidFrame)
    const b = open(wsUrl, { authorization: `Bearer ${token}` })
    await b.next('ready')
    b.ws.send(JSON.stringify({ event: 'message.delete', data: {} }))
    expect((await b.closed).code).toBe(WsCloseCode.invalidFrame)
    expect((await call(stack.bffUrl, 'GET', '/healthz')).status).toBe(200)
  })

  it('closes on an oversize frame (1009) and still answers (a crash would end this process, the test’s own)', async () => {
    const c = open(wsUrl, { authorization: `Bearer ${token}` })
    await c.next('ready')
    c.ws.send(JSON.stringify({ event: 'ping', data: { t: 1, pad: 'x'.repeat(WS_MAX_FRAME_BYTES + 10) } }))
    expect((await c.closed).code).toBe(WsCloseCode.tooBig)
    expect((await call(stack.bffUrl, 'GET', '/healthz')).status).toBe(200)
  })

  it('refuses a socket for a signed-out session (4403) even while its access token is unexpired', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13933330002')
    await call(stack.bffUrl, 'POST', '/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })
    const c = open(wsUrl, { authorization: `Bearer ${s.accessToken}` })
    expect((await c.closed).code).toBe(WsCloseCode.revoked)
  })

  it('closes an open socket with 4403 when its session signs out', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13933330003')
    const c = open(wsUrl, { authorization: `Bearer ${s.accessToken}` })
    await c.next('ready')
    await call(stack.bffUrl, 'POST', '/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })
    expect((await c.closed).code).toBe(WsCloseCode.revoked)
  })

  it('refuses the upgrade on any other path', async () => {
    const c = open(`${stack.bffUrl.replace('http', 'ws')}/other`, { authorization: `Bearer ${token}` })
    expect((await c.closed).code).toBe(1006)
  })
})
