import { Module } from '@nestjs/common'
import { APP_INTERCEPTOR } from '@nestjs/core'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { DataCenterModule } from '../datacenter/datacenter.module.js'
import { DriversModule } from '../drivers/drivers.module.js'
import { ContentCheckInterceptor } from './content-check.interceptor.js'
import { ContentRules } from './content-rules.js'
import { ContentSafety } from './content-safety.js'

/** The content check of every text people write for others: over HTTP by interceptor, in chat by ContentSafety. */
@Module({
  imports: [DataCenterModule, DriversModule],
  providers: [
    {
      provide: ContentRules,
      inject: [DataCenterClient, BFF_CONFIG],
      useFactory: (dc: DataCenterClient, config: BffConfig) => new ContentRules(dc, config.CONTENT_RULES_REFRESH_MS),
    },
    ContentSafety,
    { provide: APP_INTERCEPTOR, useClass: ContentCheckInterceptor },
  ],
  exports: [ContentSafety],
})
export class ContentCheckModule {}
