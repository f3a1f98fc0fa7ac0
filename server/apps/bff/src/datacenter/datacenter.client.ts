import { randomUUID } from 'node:crypto'
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common'
import { ErrorBody, SIGNATURE_HEADERS as H, SYSTEM_ACTOR, type Role } from '@pocket/contract'
import { Pool, errors as undiciErrors } from 'undici'
import type { z } from 'zod'
import { AppError, sha256Hex, signRequest } from '../../../../libs/common/src/index.js'
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

interface CallOptions<T extends z.ZodType> {
  actor: DcActor
  query?: Record<string, string | number | undefined>
  body?: unknown
  /** Validates the response; omit for 204 responses. */
  schema?: T
}

const RETRYABLE = new Set(['GET', 'PUT', 'DELETE'])

/** The only code that knows the data center's URLs. Signs every request. */
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

  get<T extends z.ZodType>(path: string, opts: CallOptions<T>): Promise<z.infer<T>> {
    return this.call('GET', path, opts)
  }
  post<T extends z.ZodType>(path: string, opts: CallOptions<T>): Promise<z.infer<T>> {
    return this.call('POST', path, opts)
  }
  put<T extends z.ZodType>(path: string, opts: CallOptions<T>): Promise<z.infer<T>> {
    return this.call('PUT', path, opts)
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

  private async call<T extends z.ZodType>(method: string, path: string, opts: CallOptions<T>): Promise<z.infer<T>> {
    const attempts = RETRYABLE.has(method) ? 2 : 1
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(method, path, opts)
      } catch (err) {
        const transient = err instanceof AppError ? err.code === 'UPSTREAM_UNAVAILABLE' : true
        if (attempt >= attempts || !transient) throw this.normalize(err, method, path)
        this.logger.warn({ msg: 'retrying data center call', method, path, attempt })
      }
    }
  }

  private async once<T extends z.ZodType>(method: string, path: string, opts: CallOptions<T>): Promise<z.infer<T>> {
    const qs = opts.query
      ? new URLSearchParams(
          Object.entries(opts.query)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        ).toString()
      : ''
    const fullPath = `${this.basePath}${path}${qs ? `?${qs}` : ''}`
    const body = opts.body === undefined ? '' : JSON.stringify(opts.body)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = randomUUID()
    const signature = signRequest(this.config.DC_HMAC_SECRET, {
      method,
      path: fullPath,
      timestamp,
      nonce,
      bodySha256: sha256Hex(body),
      actor: opts.actor.id,
      role: opts.actor.role,
    })
    const headers: Record<string, string> = {
      [H.timestamp]: timestamp,
      [H.nonce]: nonce,
      [H.actor]: opts.actor.id,
      [H.role]: opts.actor.role,
      [H.signature]: signature,
    }
    if (opts.actor.requestId) headers[H.requestId] = opts.actor.requestId
    if (body) headers['content-type'] = 'application/json'
    const res = await this.pool.request({ method: method, path: fullPath, headers, body: body || undefined })
    const text = await res.body.text()
    if (res.statusCode >= 500) {
      throw new AppError('UPSTREAM_UNAVAILABLE', '数据中心暂时不可用，请稍后再试')
    }
    if (res.statusCode >= 400) {
      const parsed = ErrorBody.safeParse(safeJson(text))
      if (!parsed.success) throw new AppError('INTERNAL', '数据中心返回了无法识别的错误')
      if (parsed.data.code === 'SIGNATURE_INVALID') {
        this.logger.error({ msg: 'data center refused our signature', path })
        throw new AppError('INTERNAL', '服务配置错误')
      }
      throw new AppError(parsed.data.code, parsed.data.message, parsed.data.details, res.statusCode)
    }
    if (!opts.schema) return undefined as z.infer<T>
    const data = opts.schema.safeParse(safeJson(text))
    if (!data.success) {
      this.logger.error({ msg: 'data center response broke the contract', path, issue: data.error.issues[0] })
      throw new AppError('INTERNAL', '数据中心返回的数据格式不正确')
    }
    return data.data
  }

  private normalize(err: unknown, method: string, path: string): Error {
    if (err instanceof AppError) return err
    const timeout =
      err instanceof undiciErrors.HeadersTimeoutError ||
      err instanceof undiciErrors.BodyTimeoutError ||
      err instanceof undiciErrors.ConnectTimeoutError
    this.logger.error({ msg: 'data center call failed', method, path, error: String(err) })
    return new AppError(
      'UPSTREAM_UNAVAILABLE',
      timeout ? '数据中心响应超时，请稍后再试' : '数据中心暂时无法访问，请稍后再试',
    )
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
