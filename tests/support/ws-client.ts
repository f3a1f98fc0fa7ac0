import WebSocket from 'ws'

export interface Opened {
  ws: WebSocket
  frames: { event: string; data: Record<string, unknown> }[]
  closed: Promise<{ code: number; reason: string }>
  next(event: string): Promise<Record<string, unknown>>
}

/** A socket as a test sees it: the frames it got, the next one of a kind, and how it closed. */
export function open(url: string, headers: Record<string, string> = {}): Opened {
  const ws = new WebSocket(url, { headers })
  const frames: Opened['frames'] = []
  const waiters: { event: string; resolve(d: Record<string, unknown>): void }[] = []
  ws.on('message', (raw) => {
    const f = JSON.parse((raw as Buffer).toString('utf8')) as Opened['frames'][number]
    frames.push(f)
    const i = waiters.findIndex((w) => w.event === f.event)
    if (i >= 0) waiters.splice(i, 1)[0].resolve(f.data)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  )
  ws.on('error', () => undefined)
  return {
    ws,
    frames,
    closed,
    next: (event) => {
      const seen = frames.find((f) => f.event === event)
      if (seen) return Promise.resolve(seen.data)
      return new Promise((resolve) => waiters.push({ event, resolve }))
    },
  }
}

/** How a socket ended up: it said 'ready' ('opened'), or it was closed first (with this code). */
export function outcome(c: Opened): Promise<number | 'opened'> {
  return Promise.race([c.closed.then((x) => x.code), c.next('ready').then(() => 'opened' as const)])
}
