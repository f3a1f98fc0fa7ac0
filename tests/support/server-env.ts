import { randomBytes } from 'node:crypto'
import type { SmsGatewayEmulator } from '../emulators/sms-gateway'
import type { WechatApiEmulator } from '../emulators/wechat-api'

/** The secrets a test's data center and BFF share, fresh for each stack. */
export interface StackSecrets {
  dcHmac: string
  jwt: string
  cloudTicket: string
}

export function freshSecrets(): StackSecrets {
  return {
    dcHmac: randomBytes(32).toString('hex'),
    jwt: randomBytes(32).toString('hex'),
    cloudTicket: randomBytes(32).toString('hex'),
  }
}

/**
 * A test BFF's settings, in a process or in the test's own: the data center, the emulators for SMS
 * and WeChat, a folder for uploads; a suite adds or overrides what it tests.
 */
export function bffTestEnv(o: {
  dcUrl: string
  secrets: StackSecrets
  sms: SmsGatewayEmulator
  wechat: WechatApiEmulator
  uploadDir: string
}): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    DATACENTER_URL: o.dcUrl,
    DC_HMAC_SECRET: o.secrets.dcHmac,
    JWT_SECRET: o.secrets.jwt,
    SMS_DRIVER: 'http',
    SMS_GATEWAY_URL: o.sms.url,
    SMS_GATEWAY_KEY: o.sms.key,
    WECHAT_API_BASE: o.wechat.url,
    WECHAT_APP_ID: o.wechat.appId,
    WECHAT_APP_SECRET: o.wechat.appSecret,
    WECHAT_CLOUD_TICKET_SECRET: o.secrets.cloudTicket,
    // Chat text is checked as in deployment: by msgSecCheck (the emulator) for WeChat users.
    CONTENT_CHECK: 'wechat',
    LOG_LEVEL: 'warn',
    UPLOAD_DIR: o.uploadDir,
  }
}
