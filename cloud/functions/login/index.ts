import { createHmac } from 'node:crypto'
import cloud from 'wx-server-sdk'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

/** Seconds a ticket is accepted by the BFF. */
const TICKET_TTL = 300

export interface LoginResult {
  openid: string
  unionid: string | null
  /** base64url(JSON {appid, openid, unionid, exp}) "." base64url(HMAC-SHA256) — see the BFF's WechatDriver. */
  ticket: string
  expiresIn: number
}

export function signTicket(
  secret: string,
  body: { appid: string; openid: string; unionid: string | null; exp: number },
): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url')
  const sig = createHmac('sha256', secret).update(payload).digest('base64url')
  return `${payload}.${sig}`
}

/**
 * Returns the caller's identity as WeChat's trusted cloud context states it, plus a
 * short-lived ticket the BFF accepts in place of code2Session — so a deployment can keep
 * the AppSecret off the BFF. The secret comes from the function's environment.
 */
export async function main(): Promise<LoginResult | { error: string }> {
  const { OPENID, UNIONID, APPID } = cloud.getWXContext()
  const secret = process.env.LOGIN_TICKET_SECRET
  if (!OPENID || !APPID) return { error: 'NO_WX_CONTEXT' }
  if (!secret || secret.length < 32) return { error: 'LOGIN_TICKET_SECRET_NOT_CONFIGURED' }
  const unionid = UNIONID || null
  const exp = Math.floor(Date.now() / 1000) + TICKET_TTL
  return {
    openid: OPENID,
    unionid,
    ticket: signTicket(secret, { appid: APPID, openid: OPENID, unionid, exp }),
    expiresIn: TICKET_TTL,
  }
}
