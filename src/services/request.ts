import Taro from '@tarojs/taro'
import type { AuthSession, CallInput, ClientRoute, ErrorBody, ResponseOf, SpecOf } from '@pocket/contract'
import { fillPath, queryString } from '@pocket/contract/route'
import { appRoutes } from '@pocket/contract/app-routes'
import { t } from '@/i18n'
import { useSession } from '@/stores/session'
import { ApiError } from './api-error'
import { acrossTabs } from './tab-lock'

export { ApiError } from './api-error'

export interface RequestOptions {
  timeout?: number
  headers?: Record<string, string>
}

/** Base of the BFF, fixed at build time; '' means the page's own origin (H5). */
export const API_BASE: string = process.env.TARO_APP_API ?? ''

const DEFAULT_TIMEOUT = 15_000

/** Which build is calling: requests are numbered per channel (小程序 or 网页). */
const CLIENT = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'

type AnyRoute = ClientRoute
type Loose = Partial<Record<'params' | 'query' | 'headers' | 'body', unknown>>

/** The arguments a route takes: none when it has no params, query or body. */
export type ApiArgs<R extends AnyRoute> = keyof CallInput<SpecOf<R>> extends never
  ? [input?: Record<string, never>, opts?: RequestOptions]
  : [input: CallInput<SpecOf<R>>, opts?: RequestOptions]

function buildUrl(route: AnyRoute, input: Loose): string {
  const qs = queryString(input.query as Record<string, unknown> | undefined)
  const path = fillPath(route.path, input.params as Record<string, string> | undefined)
  return `${API_BASE}/api/v1${path}${qs ? `?${qs}` : ''}`
}

async function send(route: AnyRoute, input: Loose, opts: RequestOptions, token: string | null): Promise<unknown> {
  const header: Record<string, string> = {
    'X-Client': CLIENT,
    ...(input.headers as Record<string, string> | undefined),
    ...opts.headers,
  }
  // Only with a body: Fastify refuses an empty body labelled as JSON.
  if (input.body !== undefined) header['content-type'] = 'application/json'
  if (token) header.Authorization = `Bearer ${token}`
  let res: Taro.request.SuccessCallbackResult
  try {
    res = await Taro.request({
      url: buildUrl(route, input),
      method: route.method.toUpperCase() as 'GET',
      data: input.body === undefined ? undefined : JSON.stringify(input.body),
      header,
      timeout: opts.timeout ?? DEFAULT_TIMEOUT,
      dataType: 'json',
    })
  } catch (err) {
    throw unreachable(err)
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.statusCode === 204 ? undefined : res.data
  return refusal(res.statusCode, res.data)
}

let refreshing: Promise<string | null> | null = null

/**
 * One refresh at a time, however many requests saw a 401 together, and across tabs: a tab that
 * waited for another's refresh takes the tokens that one stored instead of spending the same
 * refresh token again. `refused`: the access token the server turned down.
 */
export function refreshAccessToken(refused: string | null = useSession.getState().accessToken): Promise<string | null> {
  const seen = useSession.getState().refreshToken
  refreshing ??= acrossTabs('refresh', async () => {
    await useSession.persist.rehydrate()
    const { refreshToken, accessToken, setTokens, setMe, signOut } = useSession.getState()
    if (!refreshToken) return null
    // Stored tokens other than the ones this tab had when the server refused it: another tab
    // refreshed meanwhile. Either sign is enough (this tab may have reloaded its store since).
    if (accessToken && (refreshToken !== seen || accessToken !== refused)) return accessToken
    try {
      const s = (await send(appRoutes.refresh, { body: { refreshToken } }, {}, null)) as AuthSession
      setTokens(s.accessToken, s.refreshToken)
      setMe(s.me)
      return s.accessToken
    } catch (err) {
      // A network failure keeps the session for a later try; a refusal ends it.
      if (err instanceof ApiError && err.status === 401) signOut()
      if (err instanceof ApiError && (err.code === 'NETWORK' || err.code === 'TIMEOUT')) throw err
      return null
    }
  }).finally(() => {
    refreshing = null
  })
  return refreshing
}

/**
 * The one HTTP layer: calls a contract route (`api(appRoutes.me)`, `api(appRoutes.setVillage,
 * { body })`) with the base URL, the access token on routes that need one, a refresh on 401,
 * a timeout and typed errors. The answer is typed by the route.
 */
export const api = call as <R extends AnyRoute>(route: R, ...args: ApiArgs<R>) => Promise<ResponseOf<SpecOf<R>>>

function call(route: AnyRoute, input: Loose = {}, opts: RequestOptions = {}): Promise<unknown> {
  return withToken(route, (token) => send(route, input, opts, token))
}

/** Runs a request with the access token (when the route needs one), once more after a refresh on 401. */
async function withToken(route: AnyRoute, attempt: (token: string | null) => Promise<unknown>): Promise<unknown> {
  const token = route.auth ? useSession.getState().accessToken : null
  try {
    return await attempt(token)
  } catch (err) {
    const expired = err instanceof ApiError && err.status === 401 && route.auth && token
    if (!expired) throw err
    // Sent before a refresh that has finished since: retry with its token instead of spending
    // the new refresh token again.
    const current = useSession.getState().accessToken
    const fresh = current && current !== token ? current : await refreshAccessToken(token)
    if (!fresh) throw new ApiError('UNAUTHENTICATED', t('common.error.signedOut'), 401)
    return attempt(fresh)
  }
}

/** Throws the answer of a refusal as an ApiError. */
function refusal(status: number, data: unknown): never {
  const body = (typeof data === 'object' && data ? data : {}) as Partial<ErrorBody>
  throw new ApiError(
    body.code ?? 'INTERNAL',
    body.message ?? t('common.error.unknown'),
    status,
    body.details,
    body.correlationId,
    body.notice,
  )
}

/** A network failure or timeout, in the person's words. */
function unreachable(err: unknown): ApiError {
  const text = String((err as { errMsg?: string })?.errMsg ?? err)
  if (/timeout/i.test(text)) return new ApiError('TIMEOUT', t('common.error.timeout'))
  return new ApiError('NETWORK', t('common.error.network'))
}

export interface UploadOptions {
  /** The name the file is shown under (H5; the mini-program sends its temp file's name). */
  name?: string
  /** 0–100 as the bytes go out. */
  onProgress?(percent: number): void
}

/** Uploads on a weak network take time: a photo of a few hundred KB at 2G speeds. */
const UPLOAD_TIMEOUT = 120_000

/**
 * Uploads one local file (a mini-program temp path or an H5 blob: URL) to a `files: 'upload'`
 * route as the multipart part `file`, with the same token, refresh and errors as `api`.
 */
export const upload = uploadFile as <R extends AnyRoute>(
  route: R,
  filePath: string,
  opts?: UploadOptions,
) => Promise<ResponseOf<SpecOf<R>>>

function uploadFile(route: AnyRoute, filePath: string, opts: UploadOptions = {}): Promise<unknown> {
  return withToken(route, async (token) => {
    const header: Record<string, string> = { 'X-Client': CLIENT }
    if (token) header.Authorization = `Bearer ${token}`
    let res: Taro.uploadFile.SuccessCallbackResult
    try {
      const task = Taro.uploadFile({
        url: buildUrl(route, {}),
        filePath,
        name: 'file',
        fileName: opts.name,
        header,
        timeout: UPLOAD_TIMEOUT,
      })
      task.progress((p) => opts.onProgress?.(p.progress))
      res = await task
    } catch (err) {
      throw unreachable(err)
    }
    let data: unknown
    try {
      data = typeof res.data === 'string' ? JSON.parse(res.data) : res.data
    } catch {
      data = undefined
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return data
    return refusal(res.statusCode, data)
  })
}
