import { randomBytes } from 'node:crypto'
import type { Server } from 'node:http'
import { closeServer, listenJson } from './http-json'

/**
 * api.weixin.qq.com as far as the BFF uses it: `jscode2session`. A test asks for a
 * code for an openid (what wx.login would give the phone); codes are single use.
 */
export class WechatApiEmulator {
  readonly appId = 'wx0123456789abcdef'
  readonly appSecret = 'emulator-app-secret'
  url = ''
  private readonly codes = new Map<string, { openid: string; unionid?: string }>()
  private server?: Server

  async start(): Promise<this> {
    const { server, url } = await listenJson((_req, _body, u) => {
      if (u.pathname !== '/sns/jscode2session') return { status: 404, json: { errcode: -1 } }
      const q = u.searchParams
      if (q.get('appid') !== this.appId || q.get('secret') !== this.appSecret) {
        return { status: 200, json: { errcode: 40125, errmsg: 'invalid appsecret' } }
      }
      const user = this.codes.get(q.get('js_code') ?? '')
      if (!user || q.get('grant_type') !== 'authorization_code') {
        return { status: 200, json: { errcode: 40029, errmsg: 'invalid code' } }
      }
      this.codes.delete(q.get('js_code') ?? '')
      return { status: 200, json: { ...user, session_key: randomBytes(16).toString('base64') } }
    })
    this.server = server
    this.url = url
    return this
  }

  issueCode(openid: string, unionid?: string): string {
    const code = randomBytes(8).toString('hex')
    this.codes.set(code, { openid, unionid })
    return code
  }

  stop(): Promise<void> {
    return this.server ? closeServer(this.server) : Promise.resolve()
  }
}
