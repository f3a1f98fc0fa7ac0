import { randomUUID } from 'node:crypto'
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common'
import type { ErrorBody, ErrorCode, NoticeKey } from '@pocket/contract'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError, refusal } from './app-error.js'
import { describeError } from './describe-error.js'

/** Turns an error a layer beneath knows (a database collision, say) into the contract error it means. */
export type ErrorTranslator = (exception: unknown) => AppError | null

const HTTP_CODES: Record<number, [ErrorCode, NoticeKey]> = {
  400: ['VALIDATION_FAILED', 'request.malformed'],
  401: ['UNAUTHENTICATED', 'request.signIn'],
  403: ['FORBIDDEN', 'request.forbidden'],
  404: ['NOT_FOUND', 'request.notFound'],
  413: ['VALIDATION_FAILED', 'request.tooLarge'],
  415: ['VALIDATION_FAILED', 'request.unsupportedType'],
  416: ['RANGE_NOT_SATISFIABLE', 'request.badRange'],
  429: ['RATE_LIMITED', 'request.tooOften'],
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
      const { code, message, notice, details } = exception
      return [exception.status, { code, message, ...(notice && { notice }), details }]
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus()
      const known = HTTP_CODES[status]
      if (known) return [status, refusal(...known)]
    }
    const status = (exception as { statusCode?: number }).statusCode
    if (typeof status === 'number' && HTTP_CODES[status]) {
      return [status, refusal(...HTTP_CODES[status])]
    }
    return [500, refusal('INTERNAL', 'server.error')]
  }
}
