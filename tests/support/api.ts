import type { AuthSession, ErrorBody } from '@pocket/contract'

export interface Reply<T = unknown> {
  status: number
  /** The 2xx body, or on a refusal the error body (`code`, `message`, `details`). */
  body: T & Partial<ErrorBody>
  headers: Headers
}

/** A plain HTTP client for tests: what a phone would send. */
export async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Reply<T>['body'], headers: res.headers }
}

/** Signs in by SMS through the emulator, as a person reading the message would. */
export async function signInBySms(
  base: string,
  sms: { lastCode(phone: string): string },
  phone: string,
): Promise<AuthSession> {
  const sent = await call(base, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
  if (sent.status !== 200) throw new Error(`sms/send ${sent.status}: ${JSON.stringify(sent.body)}`)
  const res = await call<AuthSession>(base, 'POST', '/api/v1/auth/sms/verify', {
    body: { phone, code: sms.lastCode(phone) },
  })
  if (res.status !== 200) throw new Error(`sms/verify ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body
}

/** Signs in through the WeChat emulator, as the mini-program does with a wx.login code. */
export async function signInByWechat(
  base: string,
  wechat: { issueCode(openid: string): string },
  openid: string,
): Promise<AuthSession> {
  const res = await call<AuthSession>(base, 'POST', '/api/v1/auth/wechat', { body: { code: wechat.issueCode(openid) } })
  if (res.status !== 200) throw new Error(`auth/wechat ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body
}
