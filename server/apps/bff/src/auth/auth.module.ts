import { Module } from '@nestjs/common'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DriversModule } from '../drivers/drivers.module.js'
import { BUS, type Bus } from '../realtime/bus.js'
import { AuthController } from './auth.controller.js'
import { AuthService } from './auth.service.js'
import { RevokedSessions } from './revoked-sessions.js'
import { SingleUse } from './single-use.js'
import { TokensService } from './tokens.service.js'

@Module({
  imports: [DataCenterModule, DriversModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokensService,
    SingleUse,
    {
      provide: RevokedSessions,
      inject: [BUS, DataCenterClient, BFF_CONFIG],
      useFactory: (bus: Bus, dc: DataCenterClient, config: BffConfig) =>
        new RevokedSessions(bus, dc, config.ACCESS_TOKEN_TTL),
    },
  ],
  exports: [TokensService, RevokedSessions, SingleUse],
})
export class AuthModule {}
