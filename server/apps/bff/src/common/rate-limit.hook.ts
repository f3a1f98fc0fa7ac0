import type { FastifyInstance } from 'fastify'
import type { BffConfig } from '../config.js'
import { tooMany } from './rate-limit.guard.js'
import type { RateLimitStore } from './rate-limit.store.js'

/**
 * The per-IP limit on every request the HTTP server answers: API routes, the H5's static files and
 * unknown paths alike (a flood of 404s costs as much as any other). Routes add tighter rules with
 * @RateLimit(), checked by RateLimitGuard.
 */
export function limitEveryRequest(fastify: FastifyInstance, store: RateLimitStore, config: BffConfig): void {
  fastify.addHook('onRequest', async (req) => {
    const r = await store.hit(`ip:${req.ip}`, 60, config.RATE_LIMIT_PER_MINUTE)
    if (!r.allowed) throw tooMany(r.retryAfter)
  })
}
