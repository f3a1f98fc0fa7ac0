import { createHmac, timingSafeEqual } from 'node:crypto'
import { Inject, Injectable, Logger } from '@nestjs/common'
import { Phone } from '@pocket/contract'
import { request } from 'undici'
import { AppError, describeError } from '#common'
import { BFF_CONFIG, type BffConfig } from '../config.js'

export interface WechatIdentity {
  appId: string
  openid: string
  unionid: string | null
  /** A mainland phone WeChat verified, when the person shared it. */
  phone?: string
}

interface ApiReply {
  errcode?: number
  errmsg?: string
}

interface Code2SessionReply extends ApiReply {
  openid?: string
  unionid?: string
  session_key?: string
}

interface TokenReply extends ApiReply {
  access_token?: string
  expires_in?: number
}

interface SecCheckReply extends ApiReply {
  result?: { suggest?: string; label?: number }
}

/** msgSecCheck's view of a text: fine, uncertain (a person may look), or not to be published. */
export type SecVerdict = 'pass' | 'review' | 'risky'

interface PhoneReply extends ApiReply {
  // countryCode is documented as a string; WeChat's own example sends the number 86.
  phone_info?: { purePhoneNumber?: string; countryCode?: string | number; watermark?: { appid?: string } }
}

/** errcodes that mean the access token is no longer good: fetch a fresh one and try once more. */
const TOKEN_STALE = new Set([40001, 40014, 42001])

/**
 * WeChat server API. `session_key` is read and dropped here: it never leaves
 * this function, is never stored and never logged.
 */
function failed(reply: ApiReply): boolean {
  return reply.errcode !== undefined && reply.errcode !== 0
}

@Injectable()
export class WechatDriver {
  private readonly logger = new Logger('wechat')

  constructor(@Inject(BFF_CONFIG) private readonly config: BffConfig) {}

  private accessToken: { token: string; until: number } | null = null
  private fetchingToken: Promise<string> | null = null

  async code2Session(code: string): Promise<WechatIdentity> {
    const { appId, secret } = this.credentials()
    const reply = await this.call<Code2SessionReply>('code2Session', '/sns/jscode2session', {
      query: { appid: appId, secret, js_code: code, grant_type: 'authorization_code' },
    })
    if (!reply.openid || failed(reply)) {
      this.logger.warn({ msg: 'code2Session refused', errcode: reply.errcode, errmsg: reply.errmsg })
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.loginFailed' })
    }
    return { appId, openid: reply.openid, unionid: reply.unionid ?? null }
  }

  /** The phone behind a getPhoneNumber button's code (single use, 5 minutes). */
  async phoneNumber(phoneCode: string): Promise<string> {
    const { appId } = this.credentials()
    const reply = await this.withToken<PhoneReply>('getuserphonenumber', '/wxa/business/getuserphonenumber', {
      code: phoneCode,
    })
    const info = reply.phone_info
    if (failed(reply) || !info?.purePhoneNumber) {
      this.logger.warn({ msg: 'getuserphonenumber refused', errcode: reply.errcode, errmsg: reply.errmsg })
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.phoneFailed' })
    }
    if (info.watermark?.appid && info.watermark.appid !== appId) {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.phoneFailed' })
    }
    if (String(info.countryCode) !== '86' || !Phone.safeParse(info.purePhoneNumber).success) {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.phoneNotMainland' })
    }
    return info.purePhoneNumber
  }

  /**
   * Sends a subscribe message; false when WeChat refused it for this person (no subscription
   * accepted, or it was used up), so the caller can tell them another way.
   */
  async subscribeMessage(
    openid: string,
    templateId: string,
    data: Record<string, string>,
    page: string,
  ): Promise<boolean> {
    const body = {
      touser: openid,
      template_id: templateId,
      page,
      data: Object.fromEntries(Object.entries(data).map(([k, value]) => [k, { value }])),
    }
    const reply = await this.withToken<ApiReply>('subscribe/send', '/cgi-bin/message/subscribe/send', body)
    if (!failed(reply)) return true
    this.logger.warn({ msg: 'subscribe message refused', errcode: reply.errcode, errmsg: reply.errmsg })
    return false
  }

  /**
   * msgSecCheck (version 2) of a text a person wrote, as a comment scene. WeChat checks only texts
   * of people who used the mini-program in the last two hours, so it needs their openid.
   */
  async msgSecCheck(openid: string, content: string): Promise<SecVerdict> {
    const reply = await this.withToken<SecCheckReply>('msg_sec_check', '/wxa/msg_sec_check', {
      content,
      version: 2,
      scene: 2,
      openid,
    })
    const suggest = reply.result?.suggest
    if (failed(reply) || (suggest !== 'pass' && suggest !== 'review' && suggest !== 'risky')) {
      this.logger.warn({ msg: 'msg_sec_check refused', errcode: reply.errcode, errmsg: reply.errmsg })
      throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'wechat.checkUnavailable' })
    }
    return suggest
  }

  /** A POST with the access token, fetched afresh once if WeChat says it went stale. */
  private async withToken<T extends ApiReply>(name: string, path: string, body: unknown): Promise<T> {
    const send = (token: string) => this.call<T>(name, path, { query: { access_token: token }, body })
    const token = await this.token()
    const reply = await send(token)
    if (reply.errcode !== undefined && TOKEN_STALE.has(reply.errcode)) return send(await this.token(token))
    return reply
  }

  /**
   * The app's access token from `stable_token`, kept until five minutes before it lapses; one fetch
   * at a time, however many sign-ins need it. `stale` is a token WeChat just refused: a held token
   * other than that one is used as it is. Never force-refreshed: that would end the token every
   * other BFF instance holds, while a plain call returns the one currently valid.
   */
  private token(stale?: string): Promise<string> {
    const held = this.accessToken
    if (held && held.until > Date.now() && held.token !== stale) return Promise.resolve(held.token)
    this.fetchingToken ??= this.fetchToken().finally(() => (this.fetchingToken = null))
    return this.fetchingToken
  }

  private async fetchToken(): Promise<string> {
    const { appId, secret } = this.credentials()
    const reply = await this.call<TokenReply>('stable_token', '/cgi-bin/stable_token', {
      body: { grant_type: 'client_credential', appid: appId, secret, force_refresh: false },
    })
    if (!reply.access_token || failed(reply)) {
      this.logger.error({ msg: 'stable_token refused', errcode: reply.errcode, errmsg: reply.errmsg })
      throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'wechat.unavailable' })
    }
    const lifetime = Math.max(60, (reply.expires_in ?? 7200) - 300)
    this.accessToken = { token: reply.access_token, until: Date.now() + lifetime * 1000 }
    return reply.access_token
  }

  private credentials(): { appId: string; secret: string } {
    const { WECHAT_APP_ID: appId, WECHAT_APP_SECRET: secret } = this.config
    if (!appId || !secret) throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.notEnabled' })
    return { appId, secret }
  }

  /** One call to api.weixin.qq.com: GET with a query, or POST JSON; unreachable is a 503 for the user. */
  private async call<T>(
    name: string,
    path: string,
    opts: { query?: Record<string, string>; body?: unknown },
  ): Promise<T> {
    const url = new URL(path, this.config.WECHAT_API_BASE)
    if (opts.query) url.search = new URLSearchParams(opts.query).toString()
    try {
      const res = await request(url, {
        method: opts.body === undefined ? 'GET' : 'POST',
        headers: opts.body === undefined ? undefined : { 'content-type': 'application/json' },
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        headersTimeout: 5000,
        bodyTimeout: 5000,
      })
      return (await res.body.json()) as T
    } catch (err) {
      this.logger.error({ msg: `${name} unreachable`, error: describeError(err) })
      throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'wechat.unavailable' })
    }
  }

  /**
   * A ticket from the `login` cloud function: base64url(JSON {appid, openid, unionid, phone?, exp}) "."
   * base64url(HMAC-SHA256(secret, first part)). Lets a deployment keep the AppSecret off the BFF.
   */
  verifyCloudTicket(ticket: string): { who: WechatIdentity; expiresIn: number } {
    const secret = this.config.WECHAT_CLOUD_TICKET_SECRET
    if (!secret) throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.cloudNotEnabled' })
    const [payload, sig] = ticket.split('.')
    if (!payload || !sig) throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketInvalid' })
    const expected = createHmac('sha256', secret).update(payload).digest()
    const given = Buffer.from(sig, 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketInvalid' })
    }
    let body: { appid?: unknown; openid?: unknown; unionid?: unknown; phone?: unknown; exp?: unknown }
    try {
      body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof body
    } catch {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketInvalid' })
    }
    if (typeof body.openid !== 'string' || typeof body.appid !== 'string' || typeof body.exp !== 'number') {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketInvalid' })
    }
    if (body.exp * 1000 < Date.now()) throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketExpired' })
    if (this.config.WECHAT_APP_ID && body.appid !== this.config.WECHAT_APP_ID) {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketOtherApp' })
    }
    return {
      who: {
        appId: body.appid,
        openid: body.openid,
        unionid: typeof body.unionid === 'string' ? body.unionid : null,
        // The cloud function read it with cloud.openapi.phonenumber (no AppSecret needed there).
        phone: Phone.safeParse(body.phone).data,
      },
      expiresIn: body.exp - Math.floor(Date.now() / 1000),
    }
  }
}
