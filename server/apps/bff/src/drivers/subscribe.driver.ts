import { createHmac } from 'node:crypto'
import { Logger } from '@nestjs/common'
import { request } from 'undici'
import type { BffConfig } from '../config.js'
import type { WechatDriver } from './wechat.driver.js'

export const SUBSCRIBE_DRIVER = Symbol('SUBSCRIBE_DRIVER')

/** One subscribe message to one person: a template's fields and the page it opens. */
export interface SubscribeMessage {
  openid: string
  templateId: string
  data: Record<string, string>
  page: string
}

/** Sends WeChat subscribe messages: true when sent, false when WeChat will not send to this person. */
export interface SubscribeDriver {
  readonly name: 'wechat' | 'cloud'
  send(message: SubscribeMessage): Promise<boolean>
}

/** `SUBSCRIBE_DRIVER=wechat`: WeChat's HTTPS API, with the BFF's access token. */
class WechatSubscribe implements SubscribeDriver {
  readonly name = 'wechat'
  constructor(private readonly wechat: WechatDriver) {}

  send({ openid, templateId, data, page }: SubscribeMessage): Promise<boolean> {
    return this.wechat.subscribeMessage(openid, templateId, data, page)
  }
}

/**
 * `SUBSCRIBE_DRIVER=cloud`: the cloud function `notify` sends it by cloud call, so the BFF needs no
 * AppSecret. Requests are signed (HMAC-SHA256 over the time and the body, the function's NOTIFY_SECRET).
 */
class CloudSubscribe implements SubscribeDriver {
  readonly name = 'cloud'
  private readonly logger = new Logger('subscribe')

  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  async send({ openid, templateId, data, page }: SubscribeMessage): Promise<boolean> {
    const body = JSON.stringify({
      touser: openid,
      templateId,
      page,
      data: Object.fromEntries(Object.entries(data).map(([k, value]) => [k, { value }])),
    })
    const timestamp = String(Math.floor(Date.now() / 1000))
    const signature = createHmac('sha256', this.secret).update(`${timestamp}.${body}`).digest('base64url')
    const res = await request(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pocket-timestamp': timestamp, 'x-pocket-signature': signature },
      body,
      headersTimeout: 10_000,
      bodyTimeout: 10_000,
    })
    const text = await res.body.text()
    if (res.statusCode !== 200)
      throw new Error(`notify cloud function answered ${res.statusCode}: ${text.slice(0, 200)}`)
    const answer = JSON.parse(text) as { sent?: unknown; errCode?: unknown }
    if (answer.sent === true) return true
    this.logger.warn({ msg: 'subscribe message refused', errcode: answer.errCode })
    return false
  }
}

export function createSubscribeDriver(config: BffConfig, wechat: WechatDriver): SubscribeDriver {
  switch (config.SUBSCRIBE_DRIVER) {
    case 'wechat':
      return new WechatSubscribe(wechat)
    case 'cloud':
      return new CloudSubscribe(config.WECHAT_CLOUD_NOTIFY_URL ?? '', config.WECHAT_CLOUD_NOTIFY_SECRET ?? '')
  }
}
