import WebSocket from 'ws'

export interface Opened {
  ws: WebSocket
  frames: { event: string; data: Record<string, unknown> }[]
  closed: Promise<{ code: number; reason: string }>
  next(event: string): Promise<Record<string, unknown>>
  /** The first frame of this event whose data matches, among those from index `since` on (default: all). */
  waitFor(
    event: string,
    match: (data: Record<string, unknown>) => boolean,
    since?: number,
  ): Promise<Record<string, unknown>>
  /** Sends a frame `{ event, data }`. */
  emit(event: string, data: unknown): void
}

/** A socket as a test sees it: the frames it got, the next one of a kind, and how it closed. */
export function open(url: string, headers: Record<string, string> = {}): Opened {
  const ws = new WebSocket(url, { headers })
  const frames: Opened['frames'] = []
  const waiters: {
    event: string
    match(d: Record<string, unknown>): boolean
    resolve(d: Record<string, unknown>): void
  }[] = []
  ws.on('message', (raw) => {
    const f = JSON.parse((raw as Buffer).toString('utf8')) as Opened['frames'][number]
    frames.push(f)
    // Every waiter this frame answers (a race may have left an earlier one waiting for the same frame).
    for (const w of waiters.filter((w) => w.event === f.event && w.match(f.data))) {
      waiters.splice(waiters.indexOf(w), 1)
      w.resolve(f.data)
    }
  })
  const waitFor: Opened['waitFor'] = (event, match, since = 0) => {
    const seen = frames.slice(since).find((f) => f.event === event && match(f.data))
    if (seen) return Promise.resolve(seen.data)
    return new Promise((resolve) => waiters.push({ event, match, resolve }))
  }
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  )
  ws.on('error', () => undefined)
  return {
    ws,
    frames,
    closed,
    next: (event) => waitFor(event, () => true),
    waitFor,
    emit: (event, data) => ws.send(JSON.stringify({ event, data })),
  }
}

/** How a socket ended up: it said 'ready' ('opened'), or it was closed first (with this code). */
export function outcome(c: Opened): Promise<number | 'opened'> {
  return Promise.race([c.closed.then((x) => x.code), c.next('ready').then(() => 'opened' as const)])
}
