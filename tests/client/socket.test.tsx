import { startServer } from './ws-server'

/**
 * The one WebSocket client against a real `ws` server: it authenticates with a ticket,
 * resends its subscriptions after a dropped connection, and gives up on a revoked session.
 */
describe('realtime socket (H5 build of src/services/socket.ts)', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    jest.useRealTimers()
    jest.restoreAllMocks()
    process.env.TARO_APP_API = 'http://bff.test'
    await server.close()
  })

  async function load() {
    jest.resetModules()
    process.env.TARO_APP_API = `http://127.0.0.1:${server.port}`
    const { default: Taro } = await import('@tarojs/taro')
    let tickets = 0
    const refreshed: string[] = []
    /** The access token each ticket was asked for with. */
    const ticketTokens: string[] = []
    const reply = (data: unknown) => Promise.resolve({ statusCode: 200, data, header: {}, cookies: [], errMsg: '' })
    jest.spyOn(Taro, 'request').mockImplementation(((o: {
      url: string
      data?: string
      header?: Record<string, string>
    }) => {
      if (o.url.endsWith('/auth/refresh')) {
        refreshed.push(String(o.data))
        const me = { id: 'a1', role: 'resident', displayName: '居民', phoneMasked: null, village: null, person: null }
        return reply({ accessToken: 'at-2', refreshToken: 'rt-2', expiresIn: 900, role: 'resident', me })
      }
      tickets++
      ticketTokens.push(String(o.header?.Authorization ?? o.header?.authorization ?? ''))
      return reply({ ticket: `ticket-${tickets}`, expiresIn: 60 })
    }) as never)
    const { useSession } = await import('@/stores/session')
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    const { socket } = await import('@/services/socket')
    /** Resolves when the socket reaches `status` (at once if it is there). */
    const reaches = (status: string) =>
      new Promise<void>((resolve) => {
        if (socket.status === status) return resolve()
        const off = socket.onStatus((s) => {
          if (s !== status) return
          off()
          resolve()
        })
      })
    return { socket, reaches, tickets: () => tickets, refreshed, ticketTokens, useSession }
  }

  it('reconnects after a dropped connection with a fresh ticket and resends its subscriptions', async () => {
    const { socket, reaches, tickets } = await load()
    const statuses: string[] = []
    socket.onStatus((s) => statuses.push(s))
    socket.start()
    await reaches('open')
    const states: boolean[] = []
    const off = socket.on('presence', (data) => states.push(data.states[0].online))
    socket.subscribe('presence:adviser', { event: 'presence', data: { accountIds: ['adv'] } })
    await server.until(() => server.frames.some((f) => f.event === 'presence'))
    expect(server.frames.filter((f) => f.event === 'presence').map((f) => f.url)).toEqual(['/ws?ticket=ticket-1'])

    // Each event reaches the handlers of that event only.
    const handled = new Promise<void>((resolve) => socket.on('presence', () => resolve()))
    server.latest().send(JSON.stringify({ event: 'pong', data: { t: 1 } }))
    server.latest().send(JSON.stringify({ event: 'presence', data: { states: [{ accountId: 'adv', online: true }] } }))
    await handled
    expect(states).toEqual([true])
    off()

    server.latest().terminate() // the network drops
    await reaches('offline')
    await server.until(() => server.frames.filter((f) => f.event === 'presence').length === 2)
    expect(server.frames.filter((f) => f.event === 'presence').map((f) => f.url)).toEqual([
      '/ws?ticket=ticket-1',
      '/ws?ticket=ticket-2',
    ])
    await reaches('open')
    expect(tickets()).toBe(2)
    expect(statuses).toEqual(['connecting', 'open', 'offline', 'connecting', 'open'])
    socket.stop()
  })

  it('refreshes the access token when the server refuses it (4401), then reconnects', async () => {
    const { socket, reaches, refreshed, useSession } = await load()
    socket.start()
    await reaches('open')
    server.latest().close(4401, 'TOKEN_EXPIRED')
    await reaches('offline')
    await server.until(() => server.connections.length === 2)
    await reaches('open')
    expect(refreshed).toEqual([JSON.stringify({ refreshToken: 'rt' })])
    expect(useSession.getState().accessToken).toBe('at-2')
    socket.stop()
  })

  it('takes a token refreshed meanwhile (by a request or another tab) on a 4401, spending no refresh token', async () => {
    const { socket, reaches, refreshed, ticketTokens, useSession } = await load()
    socket.start()
    await reaches('open')
    // Another tab refreshed while this socket was open on the token it started with.
    useSession.setState({ accessToken: 'at-9', refreshToken: 'rt-9' })
    server.latest().close(4401, 'TOKEN_EXPIRED')
    await reaches('offline')
    await server.until(() => server.connections.length === 2)
    await reaches('open')
    expect(refreshed).toEqual([])
    expect(ticketTokens).toEqual(['Bearer at', 'Bearer at-9'])
    expect(useSession.getState().refreshToken).toBe('rt-9')
    socket.stop()
  })

  it('stops, without reconnecting, when the server says the session was revoked', async () => {
    const { socket, reaches, tickets } = await load()
    socket.start()
    await reaches('open')
    // From here on time is fake: any reconnect the client scheduled would fire below.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    server.latest().close(4403, 'SESSION_REVOKED')
    await reaches('idle')
    jest.advanceTimersByTime(10 * 60_000) // past the longest reconnect backoff
    expect(tickets()).toBe(1)
    expect(server.connections).toHaveLength(1)
    expect(socket.status).toBe('idle')
  })
})
