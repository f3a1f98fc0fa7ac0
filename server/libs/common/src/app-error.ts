import { ERROR_STATUS, type ErrorCode } from '@pocket/contract'

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
    this.status = status ?? ERROR_STATUS[code]
  }
}
