import { Injectable } from '@nestjs/common'
import type { ClientFrame, ServerFrame } from '@pocket/contract'
import type { AccessClaims } from '../auth/tokens.service.js'

export type ClientEvent = ClientFrame['event']
export type ClientData<E extends ClientEvent> = Extract<ClientFrame, { event: E }>['data']

/** The socket a frame came from: who is on it, and how to answer. */
export interface WsContext {
  claims: AccessClaims
  /** This socket (as the `ready` frame told the client). */
  connectionId: string
  send(frame: ServerFrame): void
}

export type WsHandler<E extends ClientEvent> = (data: ClientData<E>, ctx: WsContext) => void | Promise<void>

/**
 * What each client event does. Feature modules register their events here when they start
 * (`handlers.on('presence', ...)`); the gateway validates frames and dispatches, nothing more.
 */
@Injectable()
export class WsHandlers {
  private readonly handlers = new Map<ClientEvent, WsHandler<ClientEvent>>()

  on<E extends ClientEvent>(event: E, handler: WsHandler<E>): void {
    if (this.handlers.has(event)) throw new Error(`WebSocket event ${event} has two handlers`)
    this.handlers.set(event, handler as unknown as WsHandler<ClientEvent>)
  }

  /** False when no feature handles the event. */
  async dispatch(frame: ClientFrame, ctx: WsContext): Promise<boolean> {
    const handler = this.handlers.get(frame.event)
    if (!handler) return false
    await handler(frame.data, ctx)
    return true
  }
}
