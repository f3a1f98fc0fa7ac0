import { Redis } from 'ioredis'
import type { BffConfig } from '../config.js'

/** Redis holds only ephemeral state (presence, counters, pub/sub); absent on embedded defaults. */
export function connectRedis(config: BffConfig): Redis | null {
  if (!config.REDIS_URL) return null
  return new Redis(config.REDIS_URL, {
    keyPrefix: config.REDIS_PREFIX,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
    // Commands issued in the same turn of the event loop go out in one write: a batch of chat
    // messages publishes and looks up presence for dozens of messages at once.
    enableAutoPipelining: true,
  })
}
