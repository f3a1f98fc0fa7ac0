import { Inject, Injectable } from '@nestjs/common'
import { RATE_LIMIT_STORE } from '../common/rate-limit.guard.js'
import type { RateLimitStore } from '../common/rate-limit.store.js'

/**
 * Credentials that work once (WebSocket tickets, cloud-function login tickets): the first claim
 * of an id wins, on every instance when the counters live in Redis. A counter with a limit of
 * one is exactly that, so this rides on the rate-limit store rather than keeping another.
 */
@Injectable()
export class SingleUse {
  constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

  /** True the first time `id` of this kind is claimed within `ttlSeconds`. */
  async claim(kind: string, id: string, ttlSeconds: number): Promise<boolean> {
    const r = await this.store.hit(`once:${kind}:${id}`, Math.max(1, Math.ceil(ttlSeconds)), 1)
    return r.allowed
  }
}
