import { randomUUID } from 'node:crypto'
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common'
import {
  ErrorBody,
  fillPath,
  queryString,
  SIGNATURE_HEADERS as H,
  SYSTEM_ACTOR,
  type CallInput,
  type NoticeOf,
  type ResponseOf,
  type Role,
  type RouteSpec,
} from '@pocket/contract'
import { Pool, errors as undiciErrors } from 'undici'
import { AppError, sha256Hex, signRequest, describeError } from '#common'
import { BFF_CONFIG, type BffConfig } from '../config.js'

/** On whose behalf a call is made; the data center checks it again. */
export interface DcActor {
  id: string
  role: Role | 'system'
  requestId?: string
}

export const systemActor = (requestId?: string): DcActor => ({ id: SYSTEM_ACTOR, role: 'system', requestId })
export const accountActor = (accountId: string, role: Role, requestId?: string): DcActor => ({
  id: `account:${accountId}`,
  role,
  requestId,
})

/** A call: who acts, and the route's path parameters, query and body. */
export type DcCall<R extends RouteSpec> = CallInput<R> & { actor: DcActor }

const RETRYABLE = new Set(['get', 'put', 'delete'])

/** The only code that reaches the data center: calls by the contract's route objects, signs every request. */
@Injectable()
export class DataCenterClient implements OnApplicationShutdown {
  private readonly logger = new Logger('datacenter-client')
  private readonly pool: Pool
  private readonly basePath: string

  constructor(@Inject(BFF_CONFIG) private readonly config: BffConfig) {
    const url = new URL(config.DATACENTER_URL)
    this.basePath = `${url.pathname.replace(/\/$/, '')}/dc/v1`
    this.pool = new Pool(url.origin, {
      connections: 64,
      pipelining: 1,
      headersTimeout: config.DC_TIMEOUT_MS,
      bodyTimeout: config.DC_TIMEOUT_MS,
      connectTimeout: 2000,
    })
  }

  /** Health of the upstream, for /readyz. */
  async ping(): Promise<boolean> {
    try {
      const res = await this.pool.request({ method: 'GET', path: '/dc/healthz', headersTimeout: 1000 })
      await res.body.dump()
      return res.statusCode === 200
    } catch {
      return false
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close()
  }

  /** Calls a route of the data center; the answer is checked against the route's response schema. */
  async call<R extends RouteSpec>(route: R, input: DcCall<R>): Promise<ResponseOf<R>> {
    const { actor, params, query, body } = input as DcCall<RouteSpec> &
      Partial<Record<'params' | 'query' | 'body', unknown>>
    const qs = queryString(query as Record<string, unknown> | undefined)
    const path = `${this.basePath}${fillPath(route.path, params as Record<string, string> | undefined)}${qs ? `?${qs}` : ''}`
    const attempts = RETRYABLE.has(route.method) ? 2 : 1
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.once(route, path, actor, body)) as ResponseOf<R>
      } catch (err) {
        const transient = err instanceof AppError ? err.code === 'UPSTREAM_UNAVAILABLE' : true
        if (attempt >= attempts || !transient) throw this.normalize(err, route.method, path)
        this.logger.warn({ msg: 'retrying data center call', method: route.method, path, attempt })
      }
    }
  }

  private async once(route: RouteSpec, fullPath: string, actor: DcActor, payload: unknown): Promise<unknown> {
    const method = route.method.toUpperCase()
    const body = payload === undefined ? '' : JSON.stringify(payload)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = randomUUID()
    const signature = signRequest(this.config.DC_HMAC_SECRET, {
      method,
      path: fullPath,
      timestamp,
      nonce,
      bodySha256: sha256Hex(body),
      actor: actor.id,
      role: actor.role,
    })
    const headers: Record<string, string> = {
      [H.timestamp]: timestamp,
      [H.nonce]: nonce,
      [H.actor]: actor.id,
      [H.role]: actor.role,
      [H.signature]: signature,
    }
    if (actor.requestId) headers[H.requestId] = actor.requestId
    if (body) headers['content-type'] = 'application/json'
    const res = await this.pool.request({ method, path: fullPath, headers, body: body || undefined })
    const text = await res.body.text()
    if (res.statusCode >= 500) {
      throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'upstream.unavailable' })
    }
    if (res.statusCode >= 400) {
      const parsed = ErrorBody.safeParse(safeJson(text))
      if (!parsed.success) throw new AppError('INTERNAL', { key: 'server.error' })
      if (parsed.data.code === 'SIGNATURE_INVALID') {
        this.logger.error({ msg: 'data center refused our signature', path: fullPath })
        throw new AppError('INTERNAL', { key: 'server.error' })
      }
      const { code, message, notice, details } = parsed.data
      throw new AppError(code, notice ? (notice as NoticeOf) : message, details, res.statusCode)
    }
    if (!route.response) return undefined
    const data = route.response.safeParse(safeJson(text))
    if (!data.success) {
      this.logger.error({ msg: 'data center response broke the contract', path: fullPath, issue: data.error.issues[0] })
      throw new AppError('INTERNAL', { key: 'server.error' })
    }
    return data.data
  }

  private normalize(err: unknown, method: string, path: string): Error {
    if (err instanceof AppError) return err
    const timeout =
      err instanceof undiciErrors.HeadersTimeoutError ||
      err instanceof undiciErrors.BodyTimeoutError ||
      err instanceof undiciErrors.ConnectTimeoutError
    this.logger.error({ msg: 'data center call failed', method, path, error: describeError(err) })
    return new AppError('UPSTREAM_UNAVAILABLE', { key: timeout ? 'upstream.timeout' : 'upstream.unreachable' })
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
