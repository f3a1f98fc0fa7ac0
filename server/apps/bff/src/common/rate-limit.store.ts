import type { Redis } from 'ioredis'

export interface RateLimitResult {
  allowed: boolean
  /** Seconds until the window resets. */
  retryAfter: number
}

/** Fixed-window counters: in memory for one instance, in Redis when instances share limits. */
export interface RateLimitStore {
  hit(key: string, windowSeconds: number, limit: number): Promise<RateLimitResult>
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  hit(key: string, windowSeconds: number, limit: number): Promise<RateLimitResult> {
    const now = Date.now()
    if (this.windows.size > 50_000) this.sweep(now)
    let w = this.windows.get(key)
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowSeconds * 1000 }
      this.windows.set(key, w)
    }
    w.count++
    return Promise.resolve({ allowed: w.count <= limit, retryAfter: Math.ceil((w.resetAt - now) / 1000) })
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k)
  }
}

export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowSeconds: number, limit: number): Promise<RateLimitResult> {
    const k = `rl:${key}`
    const [[, count], [, ttl]] = (await this.redis.multi().incr(k).ttl(k).exec()) as [
      [unknown, number],
      [unknown, number],
    ]
    if (ttl < 0) await this.redis.expire(k, windowSeconds)
    return { allowed: count <= limit, retryAfter: ttl > 0 ? ttl : windowSeconds }
  }
}
