import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'

/**
 * The one WebSocket client against a real `ws` server: it authenticates with a ticket,
 * resends its subscriptions after a dropped connection, and gives up on a revoked session.
 */
describe('realtime socket (H5 build of src/services/socket.ts)', () => {
  let wss: WebSocketServer
  let port: number
  const received: { url: string; frame: { event: string } }[] = []
  const sockets: WebSocket[] = []

  beforeAll(async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
    await new Promise((r) => wss.once('listening', r))
    port = (wss.address() as AddressInfo).port
    wss.on('connection', (ws, req) => {
      sockets.push(ws)
      ws.on('message', (raw) =>
        received.push({ url: req.url ?? '', frame: JSON.parse((raw as Buffer).toString('utf8')) as { event: string } }),
      )
      ws.send(JSON.stringify({ event: 'ready', data: { accountId: 'a1', serverTime: Date.now() } }))
    })
  })
  afterAll(() => new Promise((r) => wss.close(r)))

  async function load() {
    jest.resetModules()
    process.env.TARO_APP_API = `http://127.0.0.1:${port}`
    const { default: Taro } = await import('@tarojs/taro')
    let tickets = 0
    const refreshed: string[] = []
    const reply = (data: unknown) => Promise.resolve({ statusCode: 200, data, header: {}, cookies: [], errMsg: '' })
    jest.spyOn(Taro, 'request').mockImplementation(((o: { url: string; data?: string }) => {
      if (o.url.endsWith('/auth/refresh')) {
        refreshed.push(String(o.data))
        const me = { id: 'a1', role: 'resident', displayName: '居民', phoneMasked: null, village: null, person: null }
        return reply({ accessToken: 'at-2', refreshToken: 'rt-2', expiresIn: 900, role: 'resident', me })
      }
      tickets++
      return reply({ ticket: `ticket-${tickets}`, expiresIn: 60 })
    }) as never)
    const { useSession } = await import('@/stores/session')
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    const { socket } = await import('@/services/socket')
    return { socket, tickets: () => tickets, refreshed, useSession }
  }

  async function until(check: () => boolean, what: string, ms = 5000) {
    const end = Date.now() + ms
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
      await new Promise((r) => setTimeout(r, 10))
    }
  }

  afterEach(() => {
    jest.restoreAllMocks()
    process.env.TARO_APP_API = 'http://bff.test'
  })

  it('reconnects after a dropped connection with a fresh ticket and resends its subscriptions', async () => {
    const { socket, tickets } = await load()
    const statuses: string[] = []
    socket.onStatus((s) => statuses.push(s))
    socket.start()
    await until(() => socket.status === 'open', 'open')
    const states: boolean[] = []
    const off = socket.on('presence', (data) => states.push(data.states[0].online))
    socket.subscribe('presence:adviser', { event: 'presence', data: { accountIds: ['adv'] } })
    await until(() => received.filter((r) => r.frame.event === 'presence').length === 1, 'first presence frame')
    expect(received[0].url).toBe('/ws?ticket=ticket-1')
    // Each event reaches the handlers of that event only.
    const server = sockets[sockets.length - 1]
    server.send(JSON.stringify({ event: 'pong', data: { t: 1 } }))
    server.send(JSON.stringify({ event: 'presence', data: { states: [{ accountId: 'adv', online: true }] } }))
    await until(() => states.length === 1, 'presence handled')
    expect(states).toEqual([true])
    off()

    sockets[sockets.length - 1].terminate() // the network drops
    await until(() => statuses.includes('offline'), 'offline')
    await until(
      () => received.filter((r) => r.frame.event === 'presence').length === 2,
      'presence resent after reconnect',
    )
    expect(received[received.length - 1].url).toBe('/ws?ticket=ticket-2')
    expect(tickets()).toBe(2)
    expect(socket.status).toBe('open')
    socket.stop()
  })

  it('refreshes the access token when the server refuses it (4401), then reconnects', async () => {
    const { socket, refreshed, useSession } = await load()
    socket.start()
    await until(() => socket.status === 'open', 'open')
    const before = sockets.length
    sockets[sockets.length - 1].close(4401, 'TOKEN_EXPIRED')
    await until(() => sockets.length === before + 1 && socket.status === 'open', 'reconnected')
    expect(refreshed).toEqual([JSON.stringify({ refreshToken: 'rt' })])
    expect(useSession.getState().accessToken).toBe('at-2')
    socket.stop()
  })

  it('stops, without reconnecting, when the server says the session was revoked', async () => {
    const { socket } = await load()
    socket.start()
    await until(() => socket.status === 'open', 'open')
    const before = sockets.length
    sockets[sockets.length - 1].close(4403, 'SESSION_REVOKED')
    await until(() => socket.status === 'idle', 'idle')
    await new Promise((r) => setTimeout(r, 1500)) // longer than the first reconnect delay
    expect(sockets.length).toBe(before)
  })
})
