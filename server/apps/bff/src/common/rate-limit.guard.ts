import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import type { FastifyRequest } from 'fastify'
import { AppError } from '#common'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import type { RateLimitStore } from './rate-limit.store.js'

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE')

export interface RateLimitRule {
  /** Names the counter; each client IP has its own. */
  name: string
  /** A number, or read from the configuration. */
  limit: number | ((config: BffConfig) => number)
  windowSeconds: number
}

const RULE = 'rate-limit-rule'
/** A tighter limit for one route, on top of the per-IP limit on every request (rate-limit.hook.ts). */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RULE, rule)

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RULE, ctx.getHandler())
    if (!rule) return true
    const req = ctx.switchToHttp().getRequest<FastifyRequest>()
    const limit = typeof rule.limit === 'number' ? rule.limit : rule.limit(this.config)
    const r = await this.store.hit(`${rule.name}:${req.ip}`, rule.windowSeconds, limit)
    if (!r.allowed) throw tooMany(r.retryAfter)
    return true
  }
}

export function tooMany(retryAfter: number): AppError {
  return new AppError('RATE_LIMITED', { key: 'request.tooOften' }, { retryAfter })
}
