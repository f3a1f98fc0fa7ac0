import { randomUUID } from 'node:crypto'
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common'
import type { ErrorBody, ErrorCode } from '@pocket/contract'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from './app-error.js'
import { describeError } from './describe-error.js'

/** Turns an error a layer beneath knows (a database collision, say) into the contract error it means. */
export type ErrorTranslator = (exception: unknown) => AppError | null

const HTTP_CODES: Record<number, [ErrorCode, string]> = {
  400: ['VALIDATION_FAILED', '请求格式不正确'],
  401: ['UNAUTHENTICATED', '请先登录'],
  403: ['FORBIDDEN', '没有权限'],
  404: ['NOT_FOUND', '找不到该资源'],
  413: ['VALIDATION_FAILED', '请求内容过大'],
  415: ['VALIDATION_FAILED', '不支持的内容类型'],
  416: ['RANGE_NOT_SATISFIABLE', '请求的内容范围无效'],
  429: ['RATE_LIMITED', '操作太频繁，请稍后再试'],
}

/**
 * The one error filter: known errors keep their status and stable code;
 * anything else is a generic 500 whose correlation id is logged with the cause.
 */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors')

  constructor(private readonly translate: ErrorTranslator = () => null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp()
    const req = ctx.getRequest<FastifyRequest>()
    const reply = ctx.getResponse<FastifyReply>()
    // req.id is the caller's X-Request-ID only when well formed (requestIdOf): never the raw header.
    const correlationId = String(req.id ?? randomUUID())
    const [status, body] = this.describe(this.translate(exception) ?? exception)
    if (status >= 500) {
      this.logger.error({
        msg: 'request failed',
        correlationId,
        method: req.method,
        url: req.url,
        error: describeError(exception, { stack: true }),
      })
    }
    void reply
      .status(status)
      .header('x-request-id', correlationId)
      .send({ ...body, correlationId })
  }

  private describe(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppError) {
      return [exception.status, { code: exception.code, message: exception.message, details: exception.details }]
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus()
      const known = HTTP_CODES[status]
      if (known) return [status, { code: known[0], message: known[1] }]
    }
    const status = (exception as { statusCode?: number }).statusCode
    if (typeof status === 'number' && HTTP_CODES[status]) {
      const [code, message] = HTTP_CODES[status]
      return [status, { code, message }]
    }
    return [500, { code: 'INTERNAL', message: '服务暂时出错，请稍后再试' }]
  }
}
