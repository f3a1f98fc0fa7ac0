import Taro from '@tarojs/taro'
import type { AuthSession, ErrorBody } from '@pocket/contract'
import { t } from '@/i18n'
import { useSession } from '@/stores/session'
import { ApiError } from './api-error'

export { ApiError } from './api-error'

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestOptions {
  body?: unknown
  query?: Record<string, string | number | undefined>
  /** Send the access token and refresh it on 401 (default true). */
  auth?: boolean
  timeout?: number
  headers?: Record<string, string>
}

/** Base of the BFF, fixed at build time; '' means the page's own origin (H5). */
export const API_BASE: string = process.env.TARO_APP_API ?? ''

const DEFAULT_TIMEOUT = 15_000

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const qs = query
    ? Object.entries(query)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join('&')
    : ''
  return `${API_BASE}/api/v1${path}${qs ? `?${qs}` : ''}`
}

async function send<T>(method: Method, path: string, opts: RequestOptions, token: string | null): Promise<T> {
  const header: Record<string, string> = { ...opts.headers }
  // Only with a body: Fastify refuses an empty body labelled as JSON.
  if (opts.body !== undefined) header['content-type'] = 'application/json'
  if (token) header.Authorization = `Bearer ${token}`
  let res: Taro.request.SuccessCallbackResult
  try {
    res = await Taro.request({
      url: buildUrl(path, opts.query),
      method,
      data: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      header,
      timeout: opts.timeout ?? DEFAULT_TIMEOUT,
      dataType: 'json',
    })
  } catch (err) {
    const text = String((err as { errMsg?: string })?.errMsg ?? err)
    if (/timeout/i.test(text)) throw new ApiError('TIMEOUT', t('common.error.timeout'))
    throw new ApiError('NETWORK', t('common.error.network'))
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return (res.statusCode === 204 ? undefined : res.data) as T
  const body = (typeof res.data === 'object' && res.data ? res.data : {}) as Partial<ErrorBody>
  throw new ApiError(
    body.code ?? 'INTERNAL',
    body.message ?? t('common.error.unknown'),
    res.statusCode,
    body.details,
    body.correlationId,
  )
}

let refreshing: Promise<string | null> | null = null

/** One refresh at a time, however many requests saw a 401 together. */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= (async () => {
    const { refreshToken, setTokens, setMe, signOut } = useSession.getState()
    if (!refreshToken) return null
    try {
      const s = await send<AuthSession>('POST', '/auth/refresh', { body: { refreshToken } }, null)
      setTokens(s.accessToken, s.refreshToken)
      setMe(s.me)
      return s.accessToken
    } catch (err) {
      // A network failure keeps the session for a later try; a refusal ends it.
      if (err instanceof ApiError && err.status === 401) signOut()
      if (err instanceof ApiError && (err.code === 'NETWORK' || err.code === 'TIMEOUT')) throw err
      return null
    } finally {
      refreshing = null
    }
  })()
  return refreshing
}

/** The one HTTP layer: base URL, auth header, refresh on 401, timeout, typed errors. */
export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  const auth = opts.auth ?? true
  const token = auth ? useSession.getState().accessToken : null
  try {
    return await send<T>(method, path, opts, token)
  } catch (err) {
    const expired = err instanceof ApiError && err.status === 401 && auth && token
    if (!expired) throw err
    const fresh = await refreshAccessToken()
    if (!fresh) throw new ApiError('UNAUTHENTICATED', '登录已过期，请重新登录', 401)
    return send<T>(method, path, opts, fresh)
  }
}
