import { Module } from '@nestjs/common'
import type { Redis } from 'ioredis'
import { AuthModule } from '../auth/auth.module.js'
import { REDIS } from '../core/core.module.js'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { Delivery } from './delivery.js'
import { PresenceHandler } from './presence.handler.js'
import { MemoryPresenceStore, PRESENCE_STORE, RedisPresenceStore } from './presence.store.js'
import { WsGateway } from './ws.gateway.js'
import { WsHandlers } from './ws-handlers.js'

/** The one WebSocket: handshake, frames, fan-out; features add their events through WsHandlers. */
@Module({
  imports: [AuthModule, DataCenterModule],
  providers: [
    {
      provide: PRESENCE_STORE,
      inject: [REDIS],
      useFactory: (redis: Redis | null) => (redis ? new RedisPresenceStore(redis) : new MemoryPresenceStore()),
    },
    WsHandlers,
    WsGateway,
    PresenceHandler,
    Delivery,
  ],
  exports: [WsHandlers, WsGateway, Delivery, PRESENCE_STORE],
})
export class RealtimeModule {}
