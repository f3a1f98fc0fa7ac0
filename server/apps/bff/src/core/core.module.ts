import { Global, Module, type DynamicModule } from '@nestjs/common'
import { RATE_LIMIT_STORE } from '../common/rate-limit.guard.js'
import { MemoryRateLimitStore, RedisRateLimitStore } from '../common/rate-limit.store.js'
import { connectRedis } from '../common/redis.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { BUS, InProcessBus, RedisBus } from '../realtime/bus.js'

export const REDIS = Symbol('REDIS')

/**
 * What every feature may use: the configuration, and the shared ephemeral state (Redis when
 * configured, else in-process): the fan-out bus and the rate-limit counters.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: BffConfig): DynamicModule {
    const redis = connectRedis(config)
    return {
      module: CoreModule,
      providers: [
        { provide: BFF_CONFIG, useValue: config },
        { provide: REDIS, useValue: redis },
        { provide: BUS, useValue: redis ? new RedisBus(redis) : new InProcessBus() },
        { provide: RATE_LIMIT_STORE, useValue: redis ? new RedisRateLimitStore(redis) : new MemoryRateLimitStore() },
      ],
      exports: [BFF_CONFIG, REDIS, BUS, RATE_LIMIT_STORE],
    }
  }
}
