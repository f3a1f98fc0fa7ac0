import { randomUUID } from 'node:crypto'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common'
import { HttpAdapterHost } from '@nestjs/core'
import { ClientFrame, WS_HEARTBEAT_MS, WS_MAX_FRAME_BYTES, WsCloseCode, type ServerFrame } from '@pocket/contract'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { AppError, describeError, refusal } from '#common'
import { TokensService, type AccessClaims } from '../auth/tokens.service.js'
import { RevokedSessions } from '../auth/revoked-sessions.js'
import { SingleUse } from '../auth/single-use.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { BUS, type Bus } from './bus.js'
import { FrameBudget } from './frame-budget.js'
import { PRESENCE_STORE, type PresenceStore } from './presence.store.js'
import { WsHandlers, type WsContext } from './ws-handlers.js'

/** Why a handshake was refused, as the close code the client acts on. */
const HANDSHAKE_CLOSE: Partial<Record<string, number>> = {
  SESSION_REVOKED: WsCloseCode.revoked,
  UPSTREAM_UNAVAILABLE: WsCloseCode.tryAgainLater,
}

interface Connection {
  id: string
  claims: AccessClaims
  alive: boolean
  budget: FrameBudget
}

/**
 * WebSocket at /ws on the HTTP port. Authenticates at the handshake (Authorization
 * header from the mini-program, `?ticket=` from browsers), validates every frame
 * with the contract, and closes misbehaving sockets with a meaningful code.
 */
@Injectable()
export class WsGateway implements OnApplicationShutdown {
  private readonly logger = new Logger('ws')
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES })
  private readonly connections = new Map<WebSocket, Connection>()
  /** Open sockets per account on this instance. */
  private readonly byAccount = new Map<string, Set<WebSocket>>()
  private heartbeat?: NodeJS.Timeout

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokensService,
    private readonly revoked: RevokedSessions,
    private readonly singleUse: SingleUse,
    @Inject(PRESENCE_STORE) private readonly presence: PresenceStore,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
    private readonly handlers: WsHandlers,
  ) {
    handlers.on('ping', ({ t }, { send }) => send({ event: 'pong', data: { t } }))
  }

  /** Called once the HTTP server exists. */
  attach(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname !== '/ws') {
        socket.destroy()
        return
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => void this.accept(ws, req, url))
    })
    this.bus.subscribe('session.revoked', ({ sessionId }) => this.closeSession(sessionId))
    this.bus.subscribe('deliver', ({ accountIds, devices, except, frame }) => {
      let text: string | undefined
      for (const id of accountIds)
        for (const ws of this.byAccount.get(id) ?? []) {
          if (except || devices) {
            const device = this.connections.get(ws)?.id ?? ''
            if (device === except || (devices && !devices.includes(device))) continue
          }
          this.send(ws, (text ??= JSON.stringify(frame)))
        }
    })
    this.heartbeat = setInterval(() => this.sweep(), WS_HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  get size(): number {
    return this.connections.size
  }

  private closeSession(sessionId: string): void {
    for (const [ws, conn] of this.connections) {
      if (conn.claims.sessionId === sessionId) ws.close(WsCloseCode.revoked, 'SESSION_REVOKED')
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.heartbeat)
    for (const ws of this.connections.keys()) ws.close(WsCloseCode.goingAway, 'server shutting down')
    this.wss.close()
    void this.bus.close()
  }

  private async accept(ws: WebSocket, req: IncomingMessage, url: URL): Promise<void> {
    ws.on('error', (err) => this.logger.debug({ msg: 'socket error', error: err.message }))
    let claims: AccessClaims
    try {
      claims = await this.authenticate(req, url)
      // The same list the HTTP guard asks: an ended sign-in opens no socket, by token or by ticket.
      this.revoked.assertLive(claims.sessionId)
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'UNAUTHENTICATED'
      ws.close(HANDSHAKE_CLOSE[code] ?? WsCloseCode.unauthorized, code)
      return
    }
    const held = this.byAccount.get(claims.accountId) ?? new Set<WebSocket>()
    if (held.size >= this.config.WS_SOCKETS_PER_ACCOUNT) {
      ws.close(WsCloseCode.tooManySockets, 'TOO_MANY_SOCKETS')
      return
    }
    held.add(ws)
    this.byAccount.set(claims.accountId, held)
    const budget = new FrameBudget(this.config.WS_FRAMES_PER_SECOND, this.config.WS_FRAME_BURST)
    const conn: Connection = { id: randomUUID(), claims, alive: true, budget }
    this.connections.set(ws, conn)
    ws.on('pong', () => (conn.alive = true))
    ws.on('message', (data, isBinary) => void this.onMessage(ws, conn, data, isBinary))
    ws.on('close', () => {
      this.connections.delete(ws)
      held.delete(ws)
      if (held.size === 0) this.byAccount.delete(claims.accountId)
      void this.presence.disconnected(claims.accountId, conn.id).catch(() => undefined)
    })
    await this.presence.connected(claims.accountId, conn.id).catch((err: unknown) => {
      this.logger.warn({ msg: 'presence store unavailable', error: describeError(err) })
    })
    this.send(ws, {
      event: 'ready',
      data: { accountId: claims.accountId, serverTime: Date.now(), connectionId: conn.id },
    })
  }

  private authenticate(req: IncomingMessage, url: URL): Promise<AccessClaims> {
    const header = req.headers.authorization ?? ''
    if (header.startsWith('Bearer ')) return this.tokens.verify(header.slice(7), 'access')
    const ticket = url.searchParams.get('ticket')
    if (ticket) return this.spendTicket(ticket)
    return Promise.reject(new AppError('UNAUTHENTICATED', 'no credentials'))
  }

  /** A ticket opens one socket: one seen later in a log or a proxy opens nothing. */
  private async spendTicket(ticket: string): Promise<AccessClaims> {
    const { claims, id, ttlSeconds } = await this.tokens.verifyTicket(ticket)
    if (!(await this.singleUse.claim('ws-ticket', id, ttlSeconds))) {
      throw new AppError('UNAUTHENTICATED', { key: 'socket.ticketUsed' })
    }
    return claims
  }

  private async onMessage(ws: WebSocket, conn: Connection, data: RawData, isBinary: boolean): Promise<void> {
    if (ws.readyState !== ws.OPEN) return
    conn.alive = true
    if (!conn.budget.take()) {
      ws.close(WsCloseCode.rateLimited, 'RATE_LIMITED')
      return
    }
    let frame: ClientFrame
    try {
      if (isBinary) throw new Error('binary frame')
      const parsed = ClientFrame.safeParse(JSON.parse(rawToString(data)))
      if (!parsed.success) throw new Error('unknown frame')
      frame = parsed.data
    } catch {
      ws.close(WsCloseCode.invalidFrame, 'invalid frame')
      return
    }
    const ctx: WsContext = { claims: conn.claims, connectionId: conn.id, send: (f) => this.send(ws, f) }
    try {
      if (!(await this.handlers.dispatch(frame, ctx))) ws.close(WsCloseCode.invalidFrame, 'unhandled event')
    } catch (err) {
      if (err instanceof AppError) {
        const { code, message, notice } = err
        ctx.send({ event: 'error', data: { code, message, ...(notice && { notice }) } })
        return
      }
      this.logger.error({ msg: 'socket handler failed', event: frame.event, error: describeError(err) })
      ctx.send({ event: 'error', data: refusal('INTERNAL', 'server.error') })
    }
  }

  /**
   * Queues a frame (already JSON when one goes to many sockets), unless the socket already has
   * WS_SEND_BUFFER_BYTES waiting: a client that does not read is closed (4408) instead of making
   * the server hold its replies.
   */
  private send(ws: WebSocket, frame: ServerFrame | string): void {
    if (ws.readyState !== ws.OPEN) return
    if (ws.bufferedAmount > this.config.WS_SEND_BUFFER_BYTES) {
      this.logger.warn({ msg: 'slow consumer closed', buffered: ws.bufferedAmount })
      ws.close(WsCloseCode.slowConsumer, 'SLOW_CONSUMER')
      return
    }
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame))
  }

  /** Drops sockets that answered no ping since the last sweep; keeps presence fresh for the rest. */
  private sweep(): void {
    for (const [ws, conn] of this.connections) {
      if (!conn.alive) {
        ws.terminate()
        continue
      }
      conn.alive = false
      ws.ping()
      void this.presence.connected(conn.claims.accountId, conn.id).catch(() => undefined)
    }
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  return Buffer.from(data as ArrayBuffer).toString('utf8')
}
