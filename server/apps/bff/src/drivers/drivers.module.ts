import { Module } from '@nestjs/common'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { createSmsDriver, SMS_DRIVER } from './sms.driver.js'
import { createStorageDriver, STORAGE_DRIVER } from './storage.driver.js'
import { WechatDriver } from './wechat.driver.js'

/** Outside systems (SMS gateway, WeChat API, object storage), each behind a driver chosen by configuration. */
@Module({
  providers: [
    { provide: SMS_DRIVER, inject: [BFF_CONFIG], useFactory: (config: BffConfig) => createSmsDriver(config) },
    {
      provide: STORAGE_DRIVER,
      inject: [BFF_CONFIG],
      useFactory: (config: BffConfig) => createStorageDriver(config),
    },
    WechatDriver,
  ],
  exports: [SMS_DRIVER, STORAGE_DRIVER, WechatDriver],
})
export class DriversModule {}
