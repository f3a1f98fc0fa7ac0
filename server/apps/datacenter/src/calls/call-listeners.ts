import { Injectable } from '@nestjs/common'
import type { NoticeOf } from '@pocket/contract'
import type { Actor } from '../common/actor.js'

/** What another domain does when calls happen; each is called inside the call's transaction. */
export interface CallListener {
  /** A call of the conversation was answered and talked (`summary` is its line for a timeline). */
  held?(actor: Actor, consultationId: string, answeredAt: Date, summary: NoticeOf): Promise<void>
  /** The periodic sweep of calls ran (a domain ends what passed with no call). */
  swept?(actor: Actor, now: Date): Promise<void>
}

/**
 * The domains that follow calls (视频咨询 completes an appointment held by call): they add a
 * listener when they start, so calls knows none of them.
 */
@Injectable()
export class CallListeners {
  private readonly listeners: CallListener[] = []

  add(listener: CallListener): void {
    this.listeners.push(listener)
  }

  async held(actor: Actor, consultationId: string, answeredAt: Date, summary: NoticeOf): Promise<void> {
    for (const l of this.listeners) await l.held?.(actor, consultationId, answeredAt, summary)
  }

  async swept(actor: Actor, now: Date): Promise<void> {
    for (const l of this.listeners) await l.swept?.(actor, now)
  }
}
