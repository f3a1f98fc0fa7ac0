import { Logger } from '@nestjs/common'
import { request } from 'undici'
import type { BffConfig } from '../config.js'

export const SMS_DRIVER = Symbol('SMS_DRIVER')

export interface SmsDriver {
  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void>
}

/** Embedded default: the code goes to the BFF log, for a laptop with no SMS account. */
export class ConsoleSmsDriver implements SmsDriver {
  private readonly logger = new Logger('sms-console')

  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    this.logger.log({ msg: 'SMS login code (console driver)', phone, code, ttlMinutes })
    process.stdout.write(`\n  【掌上12348】${phone} 的验证码：${code}（${ttlMinutes}分钟内有效）\n\n`)
    return Promise.resolve()
  }
}

/** A provider's HTTP API: POST {url}/messages with a bearer key. */
export class HttpSmsDriver implements SmsDriver {
  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  async sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    const res = await request(`${this.url.replace(/\/$/, '')}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ phone, template: 'login_code', params: { code, minutes: ttlMinutes } }),
      headersTimeout: 5000,
      bodyTimeout: 5000,
    })
    await res.body.dump()
    if (res.statusCode >= 300) throw new Error(`SMS gateway answered ${res.statusCode}`)
  }
}

export function createSmsDriver(config: BffConfig): SmsDriver {
  switch (config.SMS_DRIVER) {
    case 'console':
      return new ConsoleSmsDriver()
    case 'http':
      return new HttpSmsDriver(config.SMS_GATEWAY_URL ?? '', config.SMS_GATEWAY_KEY ?? '')
  }
}
