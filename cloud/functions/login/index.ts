import { createHmac } from 'node:crypto'
import cloud from 'wx-server-sdk'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

/** Seconds a ticket is accepted by the BFF. */
const TICKET_TTL = 300

export interface LoginEvent {
  /** From a button with open-type getPhoneNumber: the ticket then also carries the phone. */
  phoneCode?: unknown
}

export interface LoginResult {
  openid: string
  unionid: string | null
  /** The mainland phone WeChat verified, when a phoneCode was given. */
  phone: string | null
  /** base64url(JSON {appid, openid, unionid, phone?, exp}) "." base64url(HMAC-SHA256) — see the BFF's WechatDriver. */
  ticket: string
  expiresIn: number
}

export function signTicket(
  secret: string,
  body: { appid: string; openid: string; unionid: string | null; phone?: string; exp: number },
): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url')
  const sig = createHmac('sha256', secret).update(payload).digest('base64url')
  return `${payload}.${sig}`
}

const MAINLAND_PHONE = /^1[3-9]\d{9}$/

/** The phone behind a getPhoneNumber code, by cloud call (no access token or AppSecret needed here). */
async function phoneOf(code: string): Promise<string | null> {
  try {
    const res = await cloud.openapi.phonenumber.getPhoneNumber({ code })
    const info = res.phoneInfo ?? res.phone_info
    const phone = info?.purePhoneNumber ?? ''
    return String(info?.countryCode) === '86' && MAINLAND_PHONE.test(phone) ? phone : null
  } catch {
    return null
  }
}

/**
 * Returns the caller's identity as WeChat's trusted cloud context states it, plus a
 * short-lived ticket the BFF accepts in place of code2Session — so a deployment can keep
 * the AppSecret off the BFF. The secret comes from the function's environment.
 */
export async function main(event: LoginEvent = {}): Promise<LoginResult | { error: string }> {
  const { OPENID, UNIONID, APPID } = cloud.getWXContext()
  const secret = process.env.LOGIN_TICKET_SECRET
  if (!OPENID || !APPID) return { error: 'NO_WX_CONTEXT' }
  if (!secret || secret.length < 32) return { error: 'LOGIN_TICKET_SECRET_NOT_CONFIGURED' }
  let phone: string | null = null
  if (typeof event.phoneCode === 'string' && event.phoneCode) {
    phone = await phoneOf(event.phoneCode)
    if (!phone) return { error: 'PHONE_CODE_INVALID' }
  }
  const unionid = UNIONID || null
  const exp = Math.floor(Date.now() / 1000) + TICKET_TTL
  return {
    openid: OPENID,
    unionid,
    phone,
    ticket: signTicket(secret, { appid: APPID, openid: OPENID, unionid, ...(phone ? { phone } : {}), exp }),
    expiresIn: TICKET_TTL,
  }
}
