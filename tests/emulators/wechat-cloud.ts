import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { closeServer } from './http-json'

/** The integrated request and response of WeChat Cloud's HTTP access service (集成请求 / 集成响应). */
interface HttpEvent {
  path: string
  httpMethod: string
  headers: Record<string, string | undefined>
  queryStringParameters: Record<string, string>
  requestContext: { requestId: string; envId: string }
  body: string
  isBase64Encoded: boolean
}
type CloudFunction = (
  event: HttpEvent,
) => Promise<{ statusCode: number; headers?: Record<string, string>; body: string }>

/**
 * WeChat Cloud's HTTP access service in front of cloud functions run here (with the fake
 * wx-server-sdk): each request becomes the event the service hands a function, and the function's
 * answer becomes the response. Paths are the trigger paths of the functions.
 */
export class WechatCloudEmulator {
  url = ''
  private server?: Server
  private served = 0

  constructor(private readonly functions: Record<string, CloudFunction>) {}

  async start(): Promise<this> {
    this.server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://cloud-emulator')
        const fn = this.functions[u.pathname]
        if (!fn) {
          res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no function at this path"}')
          return
        }
        const event: HttpEvent = {
          path: u.pathname,
          httpMethod: req.method ?? 'GET',
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
          queryStringParameters: Object.fromEntries(u.searchParams),
          requestContext: { requestId: `req-${++this.served}`, envId: 'emulator-env' },
          body: Buffer.concat(chunks).toString('utf8'),
          isBase64Encoded: false,
        }
        fn(event).then(
          (r) => res.writeHead(r.statusCode, r.headers).end(r.body),
          () => res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"function crashed"}'),
        )
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    if (this.server) await closeServer(this.server)
  }
}
