import WebSocket from 'ws'
import { WsCloseCode } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { requiredInCi } from '../support/env'
import { startStack, type Stack } from '../support/stack'

const redisUrl = requiredInCi('TEST_REDIS_URL', process.env.TEST_REDIS_URL)
const describeWithRedis = redisUrl && process.env.TEST_DATABASE_URL ? describe : describe.skip

function connect(url: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } })
    ws.once('message', () => resolve(ws))
    ws.once('close', (code) => reject(new Error(`closed ${code}`)))
  })
}

function ask(ws: WebSocket, accountIds: string[]): Promise<{ accountId: string; online: boolean }[]> {
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const f = JSON.parse((raw as Buffer).toString('utf8')) as {
        event: string
        data: { states: { accountId: string; online: boolean }[] }
      }
      if (f.event !== 'presence') return
      ws.off('message', onMessage)
      resolve(f.data.states)
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ event: 'presence', data: { accountIds } }))
  })
}

describeWithRedis('two BFF instances on one Redis and PostgreSQL', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ backend: 'postgres', instances: 2, redisUrl })
  })
  afterAll(() => stack?.stop())

  it('a session from one instance works on the other (no BFF state)', async () => {
    const s = await signInBySms(stack.bffs[0].url, stack.sms, '13944440001')
    const res = await fetch(`${stack.bffs[1].url}/api/v1/me`, { headers: { authorization: `Bearer ${s.accessToken}` } })
    expect(res.status).toBe(200)
  })

  it('signing out on instance A closes the same session’s socket on instance B', async () => {
    const s = await signInBySms(stack.bffs[0].url, stack.sms, '13944440004')
    const ws = await connect(`${stack.bffs[1].url.replace('http', 'ws')}/ws`, s.accessToken)
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
    await fetch(`${stack.bffs[0].url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: s.refreshToken }),
    })
    expect(await closed).toBe(WsCloseCode.revoked)
  })

  it('signing out on A ends the access token on B, and on an instance started afterwards', async () => {
    const s = await signInBySms(stack.bffs[0].url, stack.sms, '13944440006')
    expect((await call(stack.bffs[1].url, 'GET', '/api/v1/me', { token: s.accessToken })).status).toBe(200)
    const out = await call(stack.bffs[0].url, 'POST', '/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })
    expect(out.status).toBe(204)
    // Pub/sub reaches B asynchronously: ask until it has, for at most 3 s.
    let onB = await call(stack.bffs[1].url, 'GET', '/api/v1/me', { token: s.accessToken })
    for (const until = Date.now() + 3000; onB.status === 200 && Date.now() < until;)
      onB = await call(stack.bffs[1].url, 'GET', '/api/v1/me', { token: s.accessToken })
    expect(onB.body).toMatchObject({ code: 'SESSION_REVOKED' })
    const late = await stack.addBff()
    const onLate = await call(late.url, 'GET', '/api/v1/me', { token: s.accessToken })
    expect(onLate.status).toBe(401)
    expect(onLate.body).toMatchObject({ code: 'SESSION_REVOKED' })
  })

  it('a replayed refresh token closes the stolen session’s sockets on every instance', async () => {
    const s = await signInBySms(stack.bffs[0].url, stack.sms, '13944440005')
    const ws = await connect(`${stack.bffs[1].url.replace('http', 'ws')}/ws`, s.accessToken)
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
    const refresh = (base: string, refreshToken: string) =>
      fetch(`${base}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      })
    // Rotated twice, so presenting the first token again is theft, not a retried refresh.
    const second = (await (await refresh(stack.bffs[0].url, s.refreshToken)).json()) as { refreshToken: string }
    expect((await refresh(stack.bffs[0].url, second.refreshToken)).status).toBe(200)
    const replay = await refresh(stack.bffs[0].url, s.refreshToken)
    expect(replay.status).toBe(401)
    expect(await replay.json()).toEqual(expect.not.objectContaining({ details: expect.anything() }))
    expect(await closed).toBe(WsCloseCode.revoked)
  })

  it('presence set on instance A is seen from instance B, and clears on disconnect', async () => {
    const a = await signInBySms(stack.bffs[0].url, stack.sms, '13944440002')
    const b = await signInBySms(stack.bffs[1].url, stack.sms, '13944440003')
    const wsA = await connect(`${stack.bffs[0].url.replace('http', 'ws')}/ws`, a.accessToken)
    const wsB = await connect(`${stack.bffs[1].url.replace('http', 'ws')}/ws`, b.accessToken)
    expect(await ask(wsB, [a.me.id])).toEqual([{ accountId: a.me.id, online: true }])
    await new Promise<void>((resolve) => {
      wsA.once('close', () => resolve())
      wsA.close()
    })
    // The server learns of the close asynchronously: ask until it has, for at most 3 s.
    let states = await ask(wsB, [a.me.id])
    for (const until = Date.now() + 3000; states[0].online && Date.now() < until;) states = await ask(wsB, [a.me.id])
    expect(states).toEqual([{ accountId: a.me.id, online: false }])
    wsB.close()
  })
})
