import type { BffConfig } from '../config.js'
import type { SecVerdict, WechatDriver } from './wechat.driver.js'

export const CONTENT_CHECK = Symbol('CONTENT_CHECK')

/** A text's verdict from an outside provider; `unchecked` when it cannot check this sender (no WeChat openid). */
export type ContentVerdict = SecVerdict | 'unchecked'

/** An outside provider that checks what a person wrote, beside the data center's own rules. */
export interface ContentCheckDriver {
  readonly name: string
  check(text: string, sender: { openid: string | null }): Promise<ContentVerdict>
}

/** `CONTENT_CHECK=words`: no outside provider; the data center's rules check every text. */
class RulesOnly implements ContentCheckDriver {
  readonly name = 'words'
  check(): Promise<ContentVerdict> {
    return Promise.resolve('unchecked')
  }
}

/** `CONTENT_CHECK=wechat`: msgSecCheck too, for senders WeChat knows (signed in with the mini-program). */
class WechatContentCheck implements ContentCheckDriver {
  readonly name = 'wechat'
  constructor(private readonly wechat: WechatDriver) {}

  async check(text: string, { openid }: { openid: string | null }): Promise<ContentVerdict> {
    return openid ? this.wechat.msgSecCheck(openid, text) : 'unchecked'
  }
}

export function createContentCheck(config: BffConfig, wechat: WechatDriver): ContentCheckDriver {
  switch (config.CONTENT_CHECK) {
    case 'words':
      return new RulesOnly()
    case 'wechat':
      return new WechatContentCheck(wechat)
  }
}
