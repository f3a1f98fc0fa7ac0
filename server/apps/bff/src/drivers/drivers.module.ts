import { Module } from '@nestjs/common'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { CONTENT_CHECK, createContentCheck } from './content-check.driver.js'
import { createSmsDriver, SMS_DRIVER } from './sms.driver.js'
import { createStorageDriver, STORAGE_DRIVER } from './storage.driver.js'
import { createSubscribeDriver, SUBSCRIBE_DRIVER } from './subscribe.driver.js'
import { WechatDriver } from './wechat.driver.js'

/** Outside systems (SMS gateway, WeChat API, subscribe messages, content check, object storage), each behind a driver chosen by configuration. */
@Module({
  providers: [
    { provide: SMS_DRIVER, inject: [BFF_CONFIG], useFactory: (config: BffConfig) => createSmsDriver(config) },
    {
      provide: STORAGE_DRIVER,
      inject: [BFF_CONFIG],
      useFactory: (config: BffConfig) => createStorageDriver(config),
    },
    WechatDriver,
    {
      provide: CONTENT_CHECK,
      inject: [BFF_CONFIG, WechatDriver],
      useFactory: (config: BffConfig, wechat: WechatDriver) => createContentCheck(config, wechat),
    },
    {
      provide: SUBSCRIBE_DRIVER,
      inject: [BFF_CONFIG, WechatDriver],
      useFactory: (config: BffConfig, wechat: WechatDriver) => createSubscribeDriver(config, wechat),
    },
  ],
  exports: [SMS_DRIVER, STORAGE_DRIVER, WechatDriver, CONTENT_CHECK, SUBSCRIBE_DRIVER],
})
export class DriversModule {}
