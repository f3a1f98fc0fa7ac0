import { Logger } from '@nestjs/common'
import { request } from 'undici'
import type { BffConfig } from '../config.js'
import { fill, templatesFor } from '../notifier/templates/templates.js'

export const SMS_DRIVER = Symbol('SMS_DRIVER')

export interface SmsDriver {
  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void>
  /** A notice from a template the provider has approved (booking confirmed, reminder, …). */
  sendNotice(phone: string, template: string, params: Record<string, string>, text: string): Promise<void>
}

/** Embedded default: the code goes to the BFF log, for a laptop with no SMS account. */
export class ConsoleSmsDriver implements SmsDriver {
  private readonly logger = new Logger('sms-console')

  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    this.logger.log({ msg: 'SMS login code (console driver)', phone, code, ttlMinutes })
    const words = templatesFor()
    process.stdout.write(
      `\n  ${words.signature}→ ${phone}: ${fill(words.loginCode, { code, minutes: ttlMinutes })}\n\n`,
    )
    return Promise.resolve()
  }

  sendNotice(phone: string, template: string, _params: Record<string, string>, text: string): Promise<void> {
    this.logger.log({ msg: 'SMS notice (console driver)', phone, template })
    process.stdout.write(`\n  ${templatesFor().signature}→ ${phone}: ${text}\n\n`)
    return Promise.resolve()
  }
}

/** A provider's HTTP API: POST {url}/messages with a bearer key. */
export class HttpSmsDriver implements SmsDriver {
  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    return this.post({ phone, template: 'login_code', params: { code, minutes: ttlMinutes } })
  }

  sendNotice(phone: string, template: string, params: Record<string, string>): Promise<void> {
    return this.post({ phone, template, params })
  }

  private async post(message: { phone: string; template: string; params: Record<string, unknown> }): Promise<void> {
    const res = await request(`${this.url.replace(/\/$/, '')}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(message),
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
