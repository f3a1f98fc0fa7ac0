import type { ClientFrame, ServerFrame } from '@pocket/contract'
import { WS_HEARTBEAT_MS, WsCloseCode } from '@pocket/contract/constants'
import { onNetworkChange } from '@/platform/network'
import { openTransport, type SocketTransport } from '@/platform/socket-transport'
import { useSession } from '@/stores/session'
import { backoffDelay } from './backoff'
import { API_BASE, refreshAccessToken } from './request'

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'offline'
export type ServerEvent = ServerFrame['event']
export type ServerData<E extends ServerEvent> = Extract<ServerFrame, { event: E }>['data']
type Handler<E extends ServerEvent> = (data: ServerData<E>) => void

const PONG_TIMEOUT_MS = 10_000

function wsBase(): string {
  if (API_BASE) return API_BASE.replace(/^http/, 'ws')
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`
}

/**
 * The one WebSocket: heartbeat, reconnect with backoff and jitter, and
 * subscriptions that are sent again after every reconnect.
 */
class RealtimeSocket {
  private task: SocketTransport | null = null
  private wanted = false
  private attempt = 0
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined
  private pongTimer: ReturnType<typeof setTimeout> | undefined
  private readonly handlers = new Map<ServerEvent, Set<Handler<ServerEvent>>>()
  private readonly statusListeners = new Set<(s: SocketStatus) => void>()
  private readonly subscriptions = new Map<string, ClientFrame>()
  private stopWatchingNetwork: (() => void) | undefined
  status: SocketStatus = 'idle'
  /** This socket as the server names it (from `ready`): call frames say which device rang or answered. */
  connectionId: string | null = null

  start(): void {
    if (this.wanted) return
    this.wanted = true
    // The device knows before any heartbeat does: drop the socket at once when the network goes,
    // and reconnect at once (not after the backoff) when it comes back.
    this.stopWatchingNetwork = onNetworkChange((online) => (online ? this.reconnectNow() : this.drop()))
    void this.connect()
  }

  stop(): void {
    this.wanted = false
    this.stopWatchingNetwork?.()
    clearTimeout(this.reconnectTimer)
    this.stopHeartbeat()
    const task = this.task
    this.task = null
    task?.close(WsCloseCode.normal)
    this.setStatus('idle')
  }

  /** Calls `handler` with the data of every `event` frame from the server; returns the unsubscribe. */
  on<E extends ServerEvent>(event: E, handler: Handler<E>): () => void {
    const set = this.handlers.get(event) ?? new Set()
    this.handlers.set(event, set)
    // Stored by event; dispatch hands each handler only frames of its own event.
    const h = handler as unknown as Handler<ServerEvent>
    set.add(h)
    return () => set.delete(h)
  }

  onStatus(listener: (s: SocketStatus) => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  /** Sends now if open; a frame sent while offline is dropped (use subscribe for standing requests). */
  send(frame: ClientFrame): boolean {
    if (this.status !== 'open' || !this.task) return false
    this.task.send(JSON.stringify(frame))
    return true
  }

  /** A frame sent now and again after every reconnect, until unsubscribed. */
  subscribe(key: string, frame: ClientFrame): () => void {
    this.subscriptions.set(key, frame)
    this.send(frame)
    return () => this.subscriptions.delete(key)
  }

  private setStatus(s: SocketStatus): void {
    this.status = s
    for (const l of this.statusListeners) l(s)
  }

  private async connect(): Promise<void> {
    const token = useSession.getState().accessToken
    if (!this.wanted || !token) return
    this.setStatus('connecting')
    let task: SocketTransport
    try {
      task = await openTransport(wsBase(), token)
    } catch {
      this.scheduleReconnect()
      return
    }
    this.task = task
    task.onOpen(() => {
      this.attempt = 0
      this.setStatus('open')
      this.startHeartbeat()
      for (const frame of this.subscriptions.values()) this.send(frame)
    })
    task.onMessage((data) => this.dispatch(data))
    task.onClose((code) => void this.handleClose(task, code, token))
  }

  private dispatch(data: string): void {
    let frame: ServerFrame
    try {
      frame = JSON.parse(data) as ServerFrame
    } catch {
      return
    }
    if (frame.event === 'pong') clearTimeout(this.pongTimer)
    if (frame.event === 'ready') this.connectionId = frame.data.connectionId
    for (const handler of this.handlers.get(frame.event) ?? []) handler(frame.data)
  }

  /** `token`: the access token this socket was opened with (the one a 4401 refuses). */
  private async handleClose(task: SocketTransport, code: number, token: string | null): Promise<void> {
    if (this.task !== task) return
    this.task = null
    this.connectionId = null
    this.stopHeartbeat()
    if (!this.wanted) return
    if (code === WsCloseCode.revoked) {
      this.stop()
      return
    }
    if (code === WsCloseCode.unauthorized) {
      // Refused is the token it opened with: if another request or tab has refreshed since, the
      // stored one is taken as it is; spending the new refresh token again would end that session.
      const fresh = await refreshAccessToken(token).catch(() => 'retry-later')
      if (!fresh) {
        this.stop()
        return
      }
    }
    this.scheduleReconnect()
  }

  /**
   * Gives up on the current socket now: on a dead network its close handshake would take minutes.
   * (Browsers accept only 1000 or 3000–4999 from a page: 1000.)
   */
  private drop(): void {
    const task = this.task
    if (!task) return
    task.close(WsCloseCode.normal)
    void this.handleClose(task, WsCloseCode.normal, null)
  }

  private reconnectNow(): void {
    if (!this.wanted || this.task || this.status === 'connecting') return
    this.attempt = 0
    clearTimeout(this.reconnectTimer)
    void this.connect()
  }

  private scheduleReconnect(): void {
    if (!this.wanted) return
    this.setStatus('offline')
    clearTimeout(this.reconnectTimer)
    this.reconnectTimer = setTimeout(() => void this.connect(), backoffDelay(this.attempt++))
  }

  private startHeartbeat(): void {
    this.stopHeartbeat()
    this.heartbeatTimer = setInterval(() => {
      if (!this.send({ event: 'ping', data: { t: Date.now() } })) return
      clearTimeout(this.pongTimer)
      // No pong in time: the network is dead even if the socket does not know it yet.
      this.pongTimer = setTimeout(() => this.drop(), PONG_TIMEOUT_MS)
    }, WS_HEARTBEAT_MS)
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeatTimer)
    clearTimeout(this.pongTimer)
  }
}

export const socket = new RealtimeSocket()
