import type { BffConfig } from '../config.js'
import type { SecVerdict, WechatDriver } from './wechat.driver.js'

export const CONTENT_CHECK = Symbol('CONTENT_CHECK')

/** A text's verdict; `unchecked` when this driver cannot check this sender (no WeChat openid). */
export type ContentVerdict = SecVerdict | 'unchecked'

/** Checks what a person wrote before anyone else sees it. */
export interface ContentCheckDriver {
  readonly name: string
  check(text: string, sender: { openid: string | null }): Promise<ContentVerdict>
}

/** `CONTENT_CHECK=off`: nothing is checked (embedded default: there is no WeChat to ask). */
class NoContentCheck implements ContentCheckDriver {
  readonly name = 'off'
  check(): Promise<ContentVerdict> {
    return Promise.resolve('unchecked')
  }
}

/** `CONTENT_CHECK=wechat`: msgSecCheck, for senders WeChat knows (signed in with the mini-program). */
class WechatContentCheck implements ContentCheckDriver {
  readonly name = 'wechat'
  constructor(private readonly wechat: WechatDriver) {}

  async check(text: string, { openid }: { openid: string | null }): Promise<ContentVerdict> {
    return openid ? this.wechat.msgSecCheck(openid, text) : 'unchecked'
  }
}

export function createContentCheck(config: BffConfig, wechat: WechatDriver): ContentCheckDriver {
  switch (config.CONTENT_CHECK) {
    case 'off':
      return new NoContentCheck()
    case 'wechat':
      return new WechatContentCheck(wechat)
  }
}
