import type { Redis } from 'ioredis'

export const PRESENCE_STORE = Symbol('PRESENCE_STORE')

/** Who has at least one open socket, across every BFF instance sharing the store. */
export interface PresenceStore {
  connected(accountId: string, connectionId: string): Promise<void>
  disconnected(accountId: string, connectionId: string): Promise<void>
  online(accountIds: string[]): Promise<boolean[]>
}

export class MemoryPresenceStore implements PresenceStore {
  private readonly sockets = new Map<string, Set<string>>()

  connected(accountId: string, connectionId: string): Promise<void> {
    let set = this.sockets.get(accountId)
    if (!set) this.sockets.set(accountId, (set = new Set()))
    set.add(connectionId)
    return Promise.resolve()
  }

  disconnected(accountId: string, connectionId: string): Promise<void> {
    const set = this.sockets.get(accountId)
    set?.delete(connectionId)
    if (set?.size === 0) this.sockets.delete(accountId)
    return Promise.resolve()
  }

  online(accountIds: string[]): Promise<boolean[]> {
    return Promise.resolve(accountIds.map((id) => this.sockets.has(id)))
  }
}

/**
 * A sorted set per account: member = connection, score = when it lapses.
 * Heartbeats push the score forward, so a crashed instance's sockets lapse by themselves.
 */
export class RedisPresenceStore implements PresenceStore {
  static readonly TTL_MS = 90_000

  constructor(private readonly redis: Redis) {}

  async connected(accountId: string, connectionId: string): Promise<void> {
    const key = `presence:${accountId}`
    await this.redis
      .multi()
      .zadd(key, Date.now() + RedisPresenceStore.TTL_MS, connectionId)
      .pexpire(key, RedisPresenceStore.TTL_MS)
      .exec()
  }

  async disconnected(accountId: string, connectionId: string): Promise<void> {
    await this.redis.zrem(`presence:${accountId}`, connectionId)
  }

  /**
   * One command per account, not a pipeline of its own: the connection's auto-pipelining sends
   * every command issued in the same turn together, so the lookups of a whole batch of messages
   * cost one write to Redis instead of one each.
   */
  async online(accountIds: string[]): Promise<boolean[]> {
    const now = Date.now()
    const counts = await Promise.all(accountIds.map((id) => this.redis.zcount(`presence:${id}`, now, '+inf')))
    return counts.map((n) => n > 0)
  }
}
