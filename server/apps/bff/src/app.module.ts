import { Module, type DynamicModule } from '@nestjs/common'
import { APP_FILTER, APP_GUARD } from '@nestjs/core'
import { GlobalErrorFilter } from '../../../libs/common/src/index.js'
import { AuthController } from './auth/auth.controller.js'
import { AuthService } from './auth/auth.service.js'
import { RevokedSessions } from './auth/revoked-sessions.js'
import { TokensService } from './auth/tokens.service.js'
import { AuthGuard } from './common/auth.guard.js'
import { RATE_LIMIT_STORE, RateLimitGuard } from './common/rate-limit.guard.js'
import { MemoryRateLimitStore, RedisRateLimitStore } from './common/rate-limit.store.js'
import { connectRedis } from './common/redis.js'
import { BFF_CONFIG, type BffConfig } from './config.js'
import { DataCenterClient } from './datacenter/datacenter.client.js'
import { DirectoryController } from './directory/directory.controller.js'
import { DirectoryService } from './directory/directory.service.js'
import { createSmsDriver, SMS_DRIVER } from './drivers/sms.driver.js'
import { WechatDriver } from './drivers/wechat.driver.js'
import { MeController } from './me/me.controller.js'
import { MeService } from './me/me.service.js'
import { DocsController, OpsController } from './ops/ops.controller.js'
import { BUS, InProcessBus, RedisBus } from './realtime/bus.js'
import { MemoryPresenceStore, PRESENCE_STORE, RedisPresenceStore } from './realtime/presence.store.js'
import { WsGateway } from './realtime/ws.gateway.js'

@Module({})
export class BffModule {
  static forRoot(config: BffConfig): DynamicModule {
    const redis = connectRedis(config)
    const bus = redis ? new RedisBus(redis) : new InProcessBus()
    return {
      module: BffModule,
      controllers: [OpsController, DocsController, AuthController, MeController, DirectoryController],
      providers: [
        { provide: BFF_CONFIG, useValue: config },
        { provide: SMS_DRIVER, useValue: createSmsDriver(config) },
        { provide: RATE_LIMIT_STORE, useValue: redis ? new RedisRateLimitStore(redis) : new MemoryRateLimitStore() },
        { provide: BUS, useValue: bus },
        { provide: RevokedSessions, useValue: new RevokedSessions(bus, redis, config.ACCESS_TOKEN_TTL) },
        { provide: PRESENCE_STORE, useValue: redis ? new RedisPresenceStore(redis) : new MemoryPresenceStore() },
        // Order matters: throttle before spending a JWT verification.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GlobalErrorFilter },
        DataCenterClient,
        TokensService,
        WechatDriver,
        AuthService,
        MeService,
        DirectoryService,
        WsGateway,
      ],
    }
  }
}
