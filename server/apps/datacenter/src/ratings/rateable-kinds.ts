import { Injectable } from '@nestjs/common'
import type { RequestKind } from '@pocket/contract'

/** What a rating needs of the request it rates. */
export interface Rateable {
  accountId: string
  /** Only a finished service can be rated. */
  finished: boolean
  /** The office the rating counts towards. */
  institutionId: string
}

/** The request, locked until the transaction ends (a rating and a change of status are decided in turn). */
export type LockRateable = (number: string) => Promise<Rateable | null>

/**
 * The kinds of request a resident can rate (an appointment now, a complaint's answer next): each
 * registers how to read one when its module starts, so ratings knows no kind.
 */
@Injectable()
export class RateableKinds {
  private readonly kinds = new Map<RequestKind, LockRateable>()

  register(kind: RequestKind, lock: LockRateable): void {
    if (this.kinds.has(kind)) throw new Error(`rateable kind ${kind} registered twice`)
    this.kinds.set(kind, lock)
  }

  /** The request of this kind to rate, or null for a kind that cannot be rated. */
  lock(kind: RequestKind, number: string): Promise<Rateable | null> {
    return this.kinds.get(kind)?.(number) ?? Promise.resolve(null)
  }
}
