import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (req: IncomingMessage, body: string, url: URL) => { status: number; json: unknown }

/** A tiny JSON HTTP server on a free loopback port: the base of every emulator; `delayMs` slows its answers. */
export async function listenJson(
  handler: Handler,
  delayMs: () => number = () => 0,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => {
      const { status, json } = handler(req, body, new URL(req.url ?? '/', 'http://emulator'))
      const answer = () => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      const delay = delayMs()
      if (delay > 0) setTimeout(answer, delay)
      else answer()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}` }
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
