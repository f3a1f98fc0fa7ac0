import { createHmac, timingSafeEqual } from 'node:crypto'
import cloud from 'wx-server-sdk'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

/** Seconds a signed request is accepted either side of the function's clock. */
const MAX_SKEW = 300

export const SIGNATURE_HEADER = 'x-pocket-signature'
export const TIMESTAMP_HEADER = 'x-pocket-timestamp'

/** The request as WeChat Cloud's HTTP access service hands it to the function (集成请求). */
export interface HttpEvent {
  path?: string
  httpMethod?: string
  headers?: Record<string, string | undefined>
  body?: string
  isBase64Encoded?: boolean | string
}

/** The answer the HTTP access service turns into the HTTP response (集成响应). */
export interface HttpResult {
  statusCode: number
  headers: Record<string, string>
  body: string
}

/** What the BFF asks for: one subscribe message to one person. */
export interface NotifyRequest {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

/** base64url(HMAC-SHA256(secret, `${timestamp}.${body}`)): what the BFF's cloud subscribe driver sends. */
export function signNotify(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
}

const reply = (statusCode: number, body: Record<string, unknown>): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

function header(event: HttpEvent, name: string): string {
  const found = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)
  return found?.[1] ?? ''
}

function signedBy(secret: string, event: HttpEvent, body: string, now: number): boolean {
  const timestamp = header(event, TIMESTAMP_HEADER)
  if (!/^\d{10}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > MAX_SKEW) return false
  const given = Buffer.from(header(event, SIGNATURE_HEADER))
  const expected = Buffer.from(signNotify(secret, timestamp, body))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max

/** The request, if it is one: short strings where WeChat wants them, at most 20 data fields. */
function parse(body: string): NotifyRequest | null {
  let r: Partial<NotifyRequest>
  try {
    r = JSON.parse(body) as Partial<NotifyRequest>
  } catch {
    return null
  }
  if (!r || !text(r.touser, 128) || !text(r.templateId, 128) || typeof r.page !== 'string' || r.page.length > 512)
    return null
  const data = r.data
  if (!data || typeof data !== 'object' || Object.keys(data).length > 20) return null
  const fine = Object.entries(data).every(
    ([k, v]) => /^[a-z_]+\d+$/.test(k) && typeof v?.value === 'string' && v.value.length <= 200,
  )
  return fine ? { touser: r.touser, templateId: r.templateId, page: r.page, data } : null
}

/** WeChat's error code of a refused cloud call (the SDK rejects with it on the error, or in the message). */
function errCodeOf(err: unknown): number | null {
  const own = (err as { errCode?: unknown } | null)?.errCode
  if (typeof own === 'number') return own
  const m = /errCode:\s*(-?\d+)/.exec(String(err))
  return m ? Number(m[1]) : null
}

/**
 * Sends a subscribe message by cloud call, for a BFF that keeps no AppSecret (SUBSCRIBE_DRIVER=cloud).
 * Reached through the HTTP access service; only requests signed with NOTIFY_SECRET (the BFF's
 * WECHAT_CLOUD_NOTIFY_SECRET) are served. A person WeChat will not send to (no subscription
 * accepted, or it was used up) is `{ sent: false }`, so the BFF tells them by SMS instead.
 */
export async function main(event: HttpEvent = {}): Promise<HttpResult> {
  const secret = process.env.NOTIFY_SECRET
  if (!secret || secret.length < 32) return reply(500, { error: 'NOTIFY_SECRET_NOT_CONFIGURED' })
  if ((event.httpMethod ?? '').toUpperCase() !== 'POST') return reply(405, { error: 'POST_ONLY' })
  const base64 = event.isBase64Encoded === true || event.isBase64Encoded === 'true'
  const body = base64 ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '')
  if (!signedBy(secret, event, body, Math.floor(Date.now() / 1000))) return reply(401, { error: 'SIGNATURE_INVALID' })
  const request = parse(body)
  if (!request) return reply(400, { error: 'BAD_REQUEST' })
  try {
    await cloud.openapi.subscribeMessage.send(request)
    return reply(200, { sent: true })
  } catch (err) {
    const errCode = errCodeOf(err)
    if (errCode === null) return reply(502, { error: 'CLOUD_CALL_FAILED' })
    return reply(200, { sent: false, errCode })
  }
}
