import { Logger, type OnModuleInit } from '@nestjs/common'
import type { Redis } from 'ioredis'
import type { Bus } from '../realtime/bus.js'

export const KEY = 'revoked:'

/**
 * Sign-ins that were ended (sign-out, a replayed refresh token) while access tokens issued to
 * them may still be unexpired. The guard asks on every request, so the set is kept in memory on
 * every instance, fed by the bus: no I/O on the hot path. With Redis each entry is also a key that
 * lives as long as an access token, so an instance that starts later learns the earlier ones.
 */
export class RevokedSessions implements OnModuleInit {
  private readonly logger = new Logger('revoked-sessions')
  /** sessionId → when the last access token issued to it expires (epoch ms). */
  private readonly until = new Map<string, number>()

  constructor(
    private readonly bus: Bus,
    private readonly redis: Redis | null,
    private readonly accessTtlSeconds: number,
  ) {}

  async onModuleInit(): Promise<void> {
    this.bus.subscribe('session.revoked', ({ sessionId }) => {
      this.dropLapsed()
      this.remember(sessionId, this.accessTtlSeconds * 1000)
    })
    if (this.redis) await this.loadFromRedis(this.redis)
  }

  /** Ends a sign-in on every instance: its access tokens stop working, its sockets close. */
  async revoke(sessionId: string): Promise<void> {
    await this.redis?.set(`${KEY}${sessionId}`, '1', 'EX', this.accessTtlSeconds)
    await this.bus.publish('session.revoked', { sessionId })
  }

  has(sessionId: string): boolean {
    const until = this.until.get(sessionId)
    if (until === undefined) return false
    if (until > Date.now()) return true
    this.until.delete(sessionId)
    return false
  }

  private remember(sessionId: string, forMs: number): void {
    this.until.set(sessionId, Date.now() + forMs)
  }

  /** Revocations are rare; sweeping on each keeps the map at most one access-token lifetime's worth. */
  private dropLapsed(): void {
    const now = Date.now()
    for (const [id, until] of this.until) if (until <= now) this.until.delete(id)
  }

  private async loadFromRedis(redis: Redis): Promise<void> {
    // SCAN patterns are not prefixed by ioredis's keyPrefix (commands' key arguments are).
    const prefix = redis.options.keyPrefix ?? ''
    try {
      let cursor = '0'
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}${KEY}*`, 'COUNT', 500)
        cursor = next
        if (keys.length === 0) continue
        const pipeline = redis.pipeline()
        for (const key of keys) pipeline.pttl(key.slice(prefix.length))
        const ttls = (await pipeline.exec()) ?? []
        keys.forEach((key, i) => {
          const ttl = Number(ttls[i]?.[1])
          if (ttl > 0) this.remember(key.slice(prefix.length + KEY.length), ttl)
        })
      } while (cursor !== '0')
    } catch (err) {
      // The bus still brings every revocation from now on; only older ones are unknown here.
      this.logger.warn({ msg: 'could not load revoked sessions from Redis', error: String(err) })
    }
  }
}
