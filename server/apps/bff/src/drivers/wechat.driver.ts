import { createHmac, timingSafeEqual } from 'node:crypto'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { request } from 'undici'
import { AppError } from '../../../../libs/common/src/index.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'

export interface WechatIdentity {
  appId: string
  openid: string
  unionid: string | null
}

interface Code2SessionReply {
  openid?: string
  unionid?: string
  session_key?: string
  errcode?: number
  errmsg?: string
}

/**
 * WeChat server API. `session_key` is read and dropped here: it never leaves
 * this function, is never stored and never logged.
 */
@Injectable()
export class WechatDriver {
  private readonly logger = new Logger('wechat')

  constructor(@Inject(BFF_CONFIG) private readonly config: BffConfig) {}

  async code2Session(code: string): Promise<WechatIdentity> {
    if (!this.config.WECHAT_APP_ID || !this.config.WECHAT_APP_SECRET) {
      throw new AppError('WECHAT_LOGIN_FAILED', '本服务未开通微信登录，请使用手机号登录')
    }
    const url = new URL('/sns/jscode2session', this.config.WECHAT_API_BASE)
    url.search = new URLSearchParams({
      appid: this.config.WECHAT_APP_ID,
      secret: this.config.WECHAT_APP_SECRET,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString()
    let reply: Code2SessionReply
    try {
      const res = await request(url, { headersTimeout: 5000, bodyTimeout: 5000 })
      reply = (await res.body.json()) as Code2SessionReply
    } catch (err) {
      this.logger.error({ msg: 'code2Session unreachable', error: String(err) })
      throw new AppError('UPSTREAM_UNAVAILABLE', '微信服务暂时无法访问，请稍后再试')
    }
    if (!reply.openid || (reply.errcode !== undefined && reply.errcode !== 0)) {
      this.logger.warn({ msg: 'code2Session refused', errcode: reply.errcode, errmsg: reply.errmsg })
      throw new AppError('WECHAT_LOGIN_FAILED', '微信登录失败，请重试')
    }
    return { appId: this.config.WECHAT_APP_ID, openid: reply.openid, unionid: reply.unionid ?? null }
  }

  /**
   * A ticket from the `login` cloud function: base64url(JSON {appid, openid, unionid, exp}) "."
   * base64url(HMAC-SHA256(secret, first part)). Lets a deployment keep the AppSecret off the BFF.
   */
  verifyCloudTicket(ticket: string): WechatIdentity {
    const secret = this.config.WECHAT_CLOUD_TICKET_SECRET
    if (!secret) throw new AppError('WECHAT_LOGIN_FAILED', '本服务未开通云函数登录')
    const [payload, sig] = ticket.split('.')
    if (!payload || !sig) throw new AppError('WECHAT_LOGIN_FAILED', '登录票据无效')
    const expected = createHmac('sha256', secret).update(payload).digest()
    const given = Buffer.from(sig, 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('WECHAT_LOGIN_FAILED', '登录票据无效')
    }
    let body: { appid?: unknown; openid?: unknown; unionid?: unknown; exp?: unknown }
    try {
      body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof body
    } catch {
      throw new AppError('WECHAT_LOGIN_FAILED', '登录票据无效')
    }
    if (typeof body.openid !== 'string' || typeof body.appid !== 'string' || typeof body.exp !== 'number') {
      throw new AppError('WECHAT_LOGIN_FAILED', '登录票据无效')
    }
    if (body.exp * 1000 < Date.now()) throw new AppError('WECHAT_LOGIN_FAILED', '登录票据已过期，请重试')
    return { appId: body.appid, openid: body.openid, unionid: typeof body.unionid === 'string' ? body.unionid : null }
  }
}
