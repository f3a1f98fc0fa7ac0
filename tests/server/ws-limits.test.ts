import { WsCloseCode } from '@pocket/contract'
import { signInBySms } from '../support/api'
import { startStack, type Stack } from '../support/stack'
import { open, outcome } from '../support/ws-client'

describe('a socket cannot starve the server: sockets per account and frames per socket are capped', () => {
  let stack: Stack
  let wsUrl: string
  beforeAll(async () => {
    stack = await startStack({
      backend: 'pglite',
      extraBffEnv: { WS_SOCKETS_PER_ACCOUNT: '3', WS_FRAMES_PER_SECOND: '5', WS_FRAME_BURST: '10' },
    })
    wsUrl = `${stack.bffUrl.replace('http', 'ws')}/ws`
  })
  afterAll(() => stack?.stop())

  it('refuses a fourth socket for one account with 4409, and accepts one again when a socket closes', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13977770001')
    const auth = { authorization: `Bearer ${s.accessToken}` }
    const first = [open(wsUrl, auth), open(wsUrl, auth), open(wsUrl, auth)]
    expect(await Promise.all(first.map(outcome))).toEqual(['opened', 'opened', 'opened'])
    expect(await outcome(open(wsUrl, auth))).toBe(WsCloseCode.tooManySockets)
    // Someone else is not affected.
    const other = await signInBySms(stack.bffUrl, stack.sms, '13977770002')
    expect(await outcome(open(wsUrl, { authorization: `Bearer ${other.accessToken}` }))).toBe('opened')
    first[0].ws.close()
    await first[0].closed
    expect(await outcome(open(wsUrl, auth))).toBe('opened')
  })

  it('closes a socket that sends frames faster than its budget with 4429, after answering the burst', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13977770003')
    const c = open(wsUrl, { authorization: `Bearer ${s.accessToken}` })
    await c.next('ready')
    for (let i = 0; i < 50; i++) c.ws.send(JSON.stringify({ event: 'ping', data: { t: i } }))
    expect((await c.closed).code).toBe(WsCloseCode.rateLimited)
    const pongs = c.frames.filter((f) => f.event === 'pong').length
    expect(pongs).toBeGreaterThanOrEqual(10)
    expect(pongs).toBeLessThan(50)
  })
})

describe('a socket that does not read cannot grow server memory', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({
      backend: 'pglite',
      extraBffEnv: {
        WS_SEND_BUFFER_BYTES: String(256 * 1024),
        WS_FRAMES_PER_SECOND: '100000',
        WS_FRAME_BURST: '100000',
      },
    })
  })
  afterAll(() => stack?.stop())

  it('closes a consumer that fell too far behind with 4408 and stops queueing replies for it', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13977770004')
    const c = open(`${stack.bffUrl.replace('http', 'ws')}/ws`, { authorization: `Bearer ${s.accessToken}` })
    await c.next('ready')
    // Stop reading, then ask for large answers: 2,000 × ~19 KB, far beyond the socket buffers.
    const raw = (c.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket
    raw.pause()
    const ids = Array.from({ length: 200 }, (_, i) => `${'x'.repeat(56)}${String(i).padStart(8, '0')}`)
    const frame = JSON.stringify({ event: 'presence', data: { accountIds: ids } })
    for (let i = 0; i < 2000; i++) c.ws.send(frame)
    await new Promise<void>((resolve) => c.ws.send(JSON.stringify({ event: 'ping', data: { t: -1 } }), () => resolve()))
    await stack.bffs[0].waitForLine((line: string) => line.includes('slow consumer'), 30_000)
    raw.resume()
    expect((await c.closed).code).toBe(WsCloseCode.slowConsumer)
    expect(c.frames.filter((f) => f.event === 'presence').length).toBeLessThan(2000)
    expect(stack.bffs[0].child.exitCode).toBeNull()
  })
})
