import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'

/** A `ws` server of one test's own: every connection and frame it sees, and promises of the next ones. */
export async function startServer() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await once(wss, 'listening')
  const connections: { ws: WebSocket; url: string }[] = []
  const frames: { url: string; event: string; data: Record<string, unknown> }[] = []
  wss.on('connection', (ws, req) => {
    const url = req.url ?? ''
    connections.push({ ws, url })
    ws.on('message', (raw) => {
      const frame = JSON.parse((raw as Buffer).toString('utf8')) as { event: string; data: Record<string, unknown> }
      frames.push({ url, ...frame })
      wss.emit('frame')
    })
    ws.send(
      JSON.stringify({ event: 'ready', data: { accountId: 'a1', serverTime: Date.now(), connectionId: 'conn-1' } }),
    )
  })
  /** Resolves once `check` holds, re-checked on every connection and frame (no polling). */
  const until = async (check: () => boolean) => {
    while (!check()) await Promise.race([once(wss, 'connection'), once(wss, 'frame')])
  }
  return {
    port: (wss.address() as AddressInfo).port,
    connections,
    frames,
    until,
    latest: () => connections[connections.length - 1].ws,
    close: () => new Promise((r) => wss.close(r)),
  }
}
