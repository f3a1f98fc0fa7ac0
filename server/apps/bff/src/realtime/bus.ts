import { EventEmitter } from 'node:events'
import { Logger } from '@nestjs/common'
import type { ServerFrame } from '@pocket/contract'
import type { Redis } from 'ioredis'

export const BUS = Symbol('BUS')

/** What one BFF instance tells every instance (itself included). */
export interface BusEvents {
  /** A sign-in was revoked: close its sockets wherever they are. */
  'session.revoked': { sessionId: string }
  /**
   * A frame for every socket of these accounts (or only these `devices` of theirs), on whichever
   * instance holds it; never to the `except` device, which has it already.
   */
  deliver: { accountIds: string[]; devices?: string[]; except?: string; frame: ServerFrame }
}

export type BusTopic = keyof BusEvents

/** Fan-out across BFF instances: in-process on one instance, Redis pub/sub across many. */
export interface Bus {
  publish<T extends BusTopic>(topic: T, payload: BusEvents[T]): Promise<void>
  subscribe<T extends BusTopic>(topic: T, handler: (payload: BusEvents[T]) => void): void
  close(): Promise<void>
}

export class InProcessBus implements Bus {
  private readonly emitter = new EventEmitter()

  publish<T extends BusTopic>(topic: T, payload: BusEvents[T]): Promise<void> {
    this.emitter.emit(topic, payload)
    return Promise.resolve()
  }

  subscribe<T extends BusTopic>(topic: T, handler: (payload: BusEvents[T]) => void): void {
    this.emitter.on(topic, handler)
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners()
    return Promise.resolve()
  }
}

export class RedisBus implements Bus {
  private readonly logger = new Logger('bus')
  private readonly subscriber: Redis
  private readonly handlers = new Map<string, ((payload: never) => void)[]>()

  /** Channels are not keys: ioredis's keyPrefix does not reach them, so they carry it by hand. */
  private readonly channelPrefix: string

  constructor(private readonly publisher: Redis) {
    this.channelPrefix = `${publisher.options.keyPrefix ?? ''}bus:`
    // A connection in subscriber mode can do nothing else: use a second one.
    this.subscriber = publisher.duplicate()
    this.subscriber.on('message', (channel: string, message: string) => {
      const topic = channel.slice(this.channelPrefix.length)
      let payload: never
      try {
        payload = JSON.parse(message) as never
      } catch {
        this.logger.warn({ msg: 'dropped a malformed bus message', channel })
        return
      }
      for (const h of this.handlers.get(topic) ?? []) h(payload)
    })
  }

  async publish<T extends BusTopic>(topic: T, payload: BusEvents[T]): Promise<void> {
    await this.publisher.publish(`${this.channelPrefix}${topic}`, JSON.stringify(payload))
  }

  subscribe<T extends BusTopic>(topic: T, handler: (payload: BusEvents[T]) => void): void {
    const list = this.handlers.get(topic) ?? []
    if (list.length === 0) void this.subscriber.subscribe(`${this.channelPrefix}${topic}`)
    list.push(handler)
    this.handlers.set(topic, list)
  }

  async close(): Promise<void> {
    await this.subscriber.quit()
  }
}
