import { randomBytes } from 'node:crypto'
import type { Server } from 'node:http'
import { closeServer, listenJson, type Handler } from './http-json'

type Reply = ReturnType<Handler>

export interface SubscribeMessage {
  touser: string
  template_id: string
  page?: string
  data: Record<string, { value: string }>
}

const ok = (json: object): Reply => ({ status: 200, json })
const refuse = (errcode: number, errmsg: string): Reply => ({ status: 200, json: { errcode, errmsg } })

/**
 * api.weixin.qq.com as far as the BFF uses it: `jscode2session`, `stable_token` and
 * `getuserphonenumber`. A test asks for a code for an openid (what wx.login would give the phone)
 * or for a phone (what a getPhoneNumber button would give); codes are single use.
 */
export class WechatApiEmulator {
  readonly appId = 'wx0123456789abcdef'
  readonly appSecret = 'emulator-app-secret'
  url = ''
  /** How many times stable_token was asked (a BFF should reuse its token until it lapses). */
  tokenRequests = 0
  /** Every session_key handed out, so a test can look for them where they must never be. */
  readonly sessionKeys: string[] = []
  /** Every subscribe message sent, as WeChat would deliver it. */
  readonly subscribeMessages: {
    touser: string
    template_id: string
    page?: string
    data: Record<string, { value: string }>
  }[] = []
  /** Every text given to msgSecCheck, with whose it was. */
  readonly contentChecks: { openid: string; content: string; suggest: string }[] = []
  /** Words msgSecCheck calls risky (as WeChat would a gambling advert) or uncertain. */
  readonly riskyWords = new Set<string>()
  readonly reviewWords = new Set<string>()
  private readonly subscribeWaiters: {
    match: (m: SubscribeMessage) => boolean
    resolve: (m: SubscribeMessage) => void
  }[] = []
  /** Openids that did not accept the subscription (WeChat answers 43101). */
  private readonly unsubscribed = new Set<string>()
  private readonly codes = new Map<string, { openid: string; unionid?: string }>()
  /** People who signed in (WeChat knows them: msgSecCheck takes their openid). */
  private readonly usedOpenids: { openid: string }[] = []
  private readonly phoneCodes = new Map<string, { phone: string; countryCode: string }>()
  private readonly tokens = new Set<string>()
  private current: string | null = null
  private server?: Server

  async start(): Promise<this> {
    const { server, url } = await listenJson((_req, body, u) => {
      if (u.pathname === '/sns/jscode2session') return this.code2Session(u.searchParams)
      if (u.pathname === '/cgi-bin/stable_token') return this.stableToken(body)
      if (u.pathname === '/wxa/business/getuserphonenumber') return this.phoneNumber(u.searchParams, body)
      if (u.pathname === '/cgi-bin/message/subscribe/send') return this.subscribeSend(u.searchParams, body)
      if (u.pathname === '/wxa/msg_sec_check') return this.msgSecCheck(u.searchParams, body)
      return { status: 404, json: { errcode: -1 } }
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

  /** What a getPhoneNumber button gives the page when the person agrees to share `phone`. */
  issuePhoneCode(phone: string, countryCode = '86'): string {
    const code = randomBytes(16).toString('hex')
    this.phoneCodes.set(code, { phone, countryCode })
    return code
  }

  /** WeChat ends every access token early (as it may): the next use is refused with 40001. */
  expireAccessTokens(): void {
    this.tokens.clear()
    this.current = null
  }

  /** The first subscribe message sent (or to be sent) that matches. */
  waitForSubscribe(match: (m: SubscribeMessage) => boolean, timeoutMs = 20_000): Promise<SubscribeMessage> {
    const seen = this.subscribeMessages.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching subscribe message within ${timeoutMs} ms`)),
        timeoutMs,
      )
      this.subscribeWaiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer)
          resolve(m)
        },
      })
    })
  }

  /** The person declined (or used up) the subscription: messages to them are refused. */
  refuseSubscription(openid: string): void {
    this.unsubscribed.add(openid)
  }

  stop(): Promise<void> {
    return this.server ? closeServer(this.server) : Promise.resolve()
  }

  private code2Session(q: URLSearchParams): Reply {
    if (q.get('appid') !== this.appId || q.get('secret') !== this.appSecret) return refuse(40125, 'invalid appsecret')
    const user = this.codes.get(q.get('js_code') ?? '')
    if (!user || q.get('grant_type') !== 'authorization_code') return refuse(40029, 'invalid code')
    this.codes.delete(q.get('js_code') ?? '')
    this.usedOpenids.push(user)
    const sessionKey = randomBytes(16).toString('base64')
    this.sessionKeys.push(sessionKey)
    return ok({ ...user, session_key: sessionKey })
  }

  private stableToken(body: string): Reply {
    const req = parse(body)
    if (req?.grant_type !== 'client_credential') return refuse(40002, 'invalid grant_type')
    if (req.appid !== this.appId || req.secret !== this.appSecret) return refuse(40125, 'invalid appsecret')
    this.tokenRequests++
    // As stable_token does: the token currently valid, unless none is or a refresh is forced
    // (which ends the previous one).
    if (this.current && req.force_refresh !== true) return ok({ access_token: this.current, expires_in: 7200 })
    if (this.current) this.tokens.delete(this.current)
    this.current = randomBytes(24).toString('hex')
    this.tokens.add(this.current)
    return ok({ access_token: this.current, expires_in: 7200 })
  }

  /** msgSecCheck version 2: a verdict for a text of someone who used the mini-program. */
  private msgSecCheck(q: URLSearchParams, body: string): Reply {
    if (!this.tokens.has(q.get('access_token') ?? ''))
      return refuse(40001, 'invalid credential, access_token is invalid')
    const req = parse(body)
    if (req?.version !== 2 || typeof req.content !== 'string' || ![1, 2, 3, 4].includes(req.scene as number))
      return refuse(47001, 'data format error')
    const openid = typeof req.openid === 'string' ? req.openid : ''
    if (![...this.codes.values(), ...this.usedOpenids].some((u) => u.openid === openid))
      return refuse(40003, 'invalid openid')
    const content = req.content
    const has = (words: Set<string>) => [...words].some((w) => content.includes(w))
    const suggest = has(this.riskyWords) ? 'risky' : has(this.reviewWords) ? 'review' : 'pass'
    this.contentChecks.push({ openid, content, suggest })
    const label = suggest === 'pass' ? 100 : 20001
    return ok({
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label }],
      trace_id: randomBytes(8).toString('hex'),
    })
  }

  private subscribeSend(q: URLSearchParams, body: string): Reply {
    if (!this.tokens.has(q.get('access_token') ?? ''))
      return refuse(40001, 'invalid credential, access_token is invalid')
    const msg = parse(body)
    if (typeof msg?.touser !== 'string' || typeof msg.template_id !== 'string') return refuse(47003, 'argument invalid')
    if (this.unsubscribed.has(msg.touser)) return refuse(43101, 'user refuse to accept the msg')
    const sent = msg as unknown as SubscribeMessage
    this.subscribeMessages.push(sent)
    for (const w of this.subscribeWaiters.filter((w) => w.match(sent))) {
      this.subscribeWaiters.splice(this.subscribeWaiters.indexOf(w), 1)
      w.resolve(sent)
    }
    return ok({ errcode: 0, errmsg: 'ok' })
  }

  private phoneNumber(q: URLSearchParams, body: string): Reply {
    if (!this.tokens.has(q.get('access_token') ?? ''))
      return refuse(40001, 'invalid credential, access_token is invalid')
    const code = parse(body)?.code
    const hit = typeof code === 'string' ? this.phoneCodes.get(code) : undefined
    if (!hit || typeof code !== 'string') return refuse(40029, 'invalid code')
    this.phoneCodes.delete(code)
    return ok({
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: hit.countryCode === '86' ? hit.phone : `+${hit.countryCode} ${hit.phone}`,
        purePhoneNumber: hit.phone,
        // As in WeChat's own example: a number, though the field is documented as a string.
        countryCode: Number(hit.countryCode),
        watermark: { timestamp: Math.floor(Date.now() / 1000), appid: this.appId },
      },
    })
  }
}

function parse(body: string): Record<string, unknown> | null {
  try {
    return JSON.parse(body) as Record<string, unknown>
  } catch {
    return null
  }
}
