import type { ClientFrame, ServerFrame } from '@pocket/contract'
import { WS_HEARTBEAT_MS, WsCloseCode } from '@pocket/contract/constants'
import { openTransport, type SocketTransport } from '@/platform/socket-transport'
import { useSession } from '@/stores/session'
import { backoffDelay } from './backoff'
import { API_BASE, refreshAccessToken } from './request'

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'offline'
type Listener = (frame: ServerFrame) => void

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
  private readonly listeners = new Set<Listener>()
  private readonly statusListeners = new Set<(s: SocketStatus) => void>()
  private readonly subscriptions = new Map<string, ClientFrame>()
  status: SocketStatus = 'idle'

  start(): void {
    if (this.wanted) return
    this.wanted = true
    void this.connect()
  }

  stop(): void {
    this.wanted = false
    clearTimeout(this.reconnectTimer)
    this.stopHeartbeat()
    const task = this.task
    this.task = null
    task?.close(WsCloseCode.normal)
    this.setStatus('idle')
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
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
    task.onClose((code) => void this.handleClose(task, code))
  }

  private dispatch(data: string): void {
    let frame: ServerFrame
    try {
      frame = JSON.parse(data) as ServerFrame
    } catch {
      return
    }
    if (frame.event === 'pong') clearTimeout(this.pongTimer)
    for (const l of this.listeners) l(frame)
  }

  private async handleClose(task: SocketTransport, code: number): Promise<void> {
    if (this.task !== task) return
    this.task = null
    this.stopHeartbeat()
    if (!this.wanted) return
    if (code === WsCloseCode.revoked) {
      this.stop()
      return
    }
    if (code === WsCloseCode.unauthorized) {
      const fresh = await refreshAccessToken().catch(() => 'retry-later')
      if (!fresh) {
        this.stop()
        return
      }
    }
    this.scheduleReconnect()
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
      this.pongTimer = setTimeout(() => this.task?.close(WsCloseCode.goingAway), PONG_TIMEOUT_MS)
    }, WS_HEARTBEAT_MS)
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeatTimer)
    clearTimeout(this.pongTimer)
  }
}

export const socket = new RealtimeSocket()
