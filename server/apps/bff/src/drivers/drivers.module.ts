import { Module } from '@nestjs/common'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { createSmsDriver, SMS_DRIVER } from './sms.driver.js'
import { WechatDriver } from './wechat.driver.js'

/** Outside systems (SMS gateway, WeChat API), each behind a driver chosen by configuration. */
@Module({
  providers: [
    { provide: SMS_DRIVER, inject: [BFF_CONFIG], useFactory: (config: BffConfig) => createSmsDriver(config) },
    WechatDriver,
  ],
  exports: [SMS_DRIVER, WechatDriver],
})
export class DriversModule {}
