import { ERROR_STATUS, type ErrorCode, type NoticeKey, type NoticeOf } from '@pocket/contract'

/**
 * A known failure: keeps its status and stable code all the way to the client, with what the
 * person is told as a notice key (read in their language by the client). `said` is a notice, or a
 * message no person reads as it is (a contract's validation message, a refusal for another server).
 */
export class AppError extends Error {
  readonly status: number
  readonly notice: NoticeOf | undefined
  constructor(
    readonly code: ErrorCode,
    said: NoticeOf | string,
    readonly details?: Record<string, unknown>,
    status?: number,
  ) {
    super(typeof said === 'string' ? said : noticeText(said))
    this.notice = typeof said === 'string' ? undefined : said
    this.status = status ?? ERROR_STATUS[code]
  }
}

/** A notice as a log line reads it: its key, and its values if any. */
function noticeText(n: NoticeOf): string {
  return n.params ? `${n.key} ${JSON.stringify(n.params)}` : n.key
}

/**
 * A refusal's fields where no AppError is thrown (an HTTP answer written by hand, a socket frame, an
 * outcome in a batch): its code and a notice with no values, whose key doubles as the message a log reads.
 */
export function refusal(code: ErrorCode, key: NoticeKey): { code: ErrorCode; message: string; notice: NoticeOf } {
  return { code, message: key, notice: { key } }
}
