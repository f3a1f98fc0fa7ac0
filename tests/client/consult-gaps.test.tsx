import type { Message } from '@pocket/contract'
import { startServer } from './ws-server'

const CONSULTATION = 'c_AAAAAAAAAAAAAAAAAAAAAA'

const message = (seq: number, text = `第${seq}条`): Message => ({
  consultationId: CONSULTATION,
  seq,
  clientId: `client-${String(seq).padStart(4, '0')}`,
  sender: { role: 'adviser', name: '马晓梅' },
  at: new Date(Date.UTC(2026, 11, 1, 1, seq)).toISOString(),
  body: { kind: 'text', text },
})

/**
 * The chat's view of a conversation against a real `ws` server and a history the test holds: a
 * frame lost on the way (between BFF instances, or while a socket was replaced) is fetched by
 * sequence, and the sender sees its own message from the ack alone.
 */
describe('chat messages on this device (H5 build of src/services/consult.ts)', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    jest.restoreAllMocks()
    await server.close()
  })

  async function load(history: Message[]) {
    jest.resetModules()
    process.env.TARO_APP_API = `http://127.0.0.1:${server.port}`
    const { default: Taro } = await import('@tarojs/taro')
    const fetches: number[] = []
    let fetched: () => void = () => undefined
    const reply = (data: unknown) => Promise.resolve({ statusCode: 200, data, header: {}, cookies: [], errMsg: '' })
    jest.spyOn(Taro, 'request').mockImplementation(((o: { url: string }) => {
      const url = new URL(o.url)
      if (url.pathname.endsWith(`/consultations/${CONSULTATION}/messages`)) {
        const after = Number(url.searchParams.get('afterSeq'))
        const limit = Number(url.searchParams.get('limit'))
        fetches.push(after)
        const items = history.filter((m) => m.seq > after).slice(0, limit)
        setTimeout(fetched)
        return reply({ items, hasMore: history.some((m) => m.seq > (items.at(-1)?.seq ?? after)) })
      }
      return reply({ ticket: 'ticket-1', expiresIn: 60 })
    }) as never)
    const { useSession } = await import('@/stores/session')
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    const { socket } = await import('@/services/socket')
    const { outbox } = await import('@/services/consult')
    const { useConsult } = await import('@/stores/consult')
    const held = () => (useConsult.getState().messages[CONSULTATION] ?? []).map((m) => m.seq)
    /** Resolves once the conversation on this device holds exactly `seqs`. */
    const holds = (seqs: number[]) =>
      new Promise<void>((resolve) => {
        const check = () => JSON.stringify(held()) === JSON.stringify(seqs) && (off(), resolve())
        const off = useConsult.subscribe(check)
        check()
      })
    /** Resolves after the next history fetch was answered. */
    const nextFetch = () => new Promise<void>((resolve) => (fetched = resolve))
    const open = new Promise<void>((resolve) => socket.onStatus((s) => s === 'open' && resolve()))
    socket.start()
    outbox.start()
    await open
    return { socket, outbox, useConsult, held, holds, fetches, nextFetch }
  }

  it('fetches a message whose frame never came, from the last one held with none missing', async () => {
    const history = [1, 2, 3, 4].map((seq) => message(seq)) // what the server has stored so far
    const { socket, useConsult, holds, fetches } = await load(history)
    useConsult.getState().merge(CONSULTATION, history.slice(0, 2)) // the page on screen: 1 and 2
    server.latest().send(JSON.stringify({ event: 'message.new', data: history[3] })) // 3 was lost on the way
    await holds([1, 2, 3, 4])
    expect(fetches).toEqual([2])
    // 5 comes in order (nothing to fetch); 6 is lost, and 7 shows the hole after 5.
    history.push(message(5), message(6), message(7))
    server.latest().send(JSON.stringify({ event: 'message.new', data: history[4] }))
    await holds([1, 2, 3, 4, 5])
    server.latest().send(JSON.stringify({ event: 'message.new', data: history[6] }))
    await holds([1, 2, 3, 4, 5, 6, 7])
    expect(fetches).toEqual([2, 5])
    socket.stop()
  })

  it('after a reconnect, catches up from the first hole, not from the newest message held', async () => {
    const history = [1, 2, 3, 4, 5, 6].map((seq) => message(seq))
    const { socket, useConsult, holds, fetches, nextFetch } = await load(history)
    // Held: 1, 2 and 4 (3 was lost while the socket was being replaced; 4 came before the hole was seen).
    useConsult.getState().merge(CONSULTATION, [history[0], history[1], history[3]])
    const answered = nextFetch()
    server.latest().terminate()
    await answered
    await holds([1, 2, 3, 4, 5, 6])
    expect(fetches[0]).toBe(2)
    socket.stop()
  })

  it('shows the sent message from its ack, before and without its message.new', async () => {
    const { socket, outbox, useConsult, holds } = await load([])
    await outbox.send(CONSULTATION, { kind: 'text', text: '我家承包地被占了怎么办？' })
    await server.until(() => server.frames.some((f) => f.event === 'message.send'))
    const sent = server.frames.find((f) => f.event === 'message.send')?.data as { clientId: string }
    expect(useConsult.getState().outbox.map((i) => i.clientId)).toEqual([sent.clientId])
    const stored: Message = {
      ...message(1, '我家承包地被占了怎么办？'),
      clientId: sent.clientId,
      sender: { role: 'resident', name: '居民' },
    }
    server.latest().send(
      JSON.stringify({
        event: 'message.ack',
        data: { consultationId: CONSULTATION, clientId: sent.clientId, seq: 1, at: stored.at, message: stored },
      }),
    )
    await holds([1])
    expect(useConsult.getState().outbox).toEqual([])
    expect(useConsult.getState().messages[CONSULTATION][0].body).toEqual({
      kind: 'text',
      text: '我家承包地被占了怎么办？',
    })
    socket.stop()
  })
})
