import type { ErrorCode } from '@pocket/contract'

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SMS_CODE_INVALID: 400,
  SMS_CODE_EXPIRED: 400,
  SMS_CODE_LOCKED: 400,
  SMS_SEND_TOO_OFTEN: 429,
  WECHAT_LOGIN_FAILED: 401,
  REFRESH_INVALID: 401,
  REFRESH_REUSED: 401,
  SESSION_REVOKED: 401,
  VILLAGE_INVALID: 400,
  VILLAGE_NOT_SET: 409,
  SIGNATURE_INVALID: 401,
  UPSTREAM_UNAVAILABLE: 503,
  INTERNAL: 500,
}

/** A known failure: keeps its status and stable code all the way to the client. */
export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    status?: number,
  ) {
    super(message)
    this.status = status ?? STATUS[code]
  }
}
