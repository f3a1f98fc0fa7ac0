import type { ErrorCode, NoticeParams } from '@pocket/contract'
import { said, t } from '@/i18n'

/** Server codes plus the two a client meets on a bad network. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'TIMEOUT'

export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly status = 0,
    readonly details?: Record<string, unknown>,
    readonly correlationId?: string,
    /** What the server said to tell the person, as a key their language has a text for. */
    readonly notice?: { key: string; params?: NoticeParams },
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The sign-in is missing or over (signed out elsewhere, expired): the next step is to sign in. */
export function needsSignIn(err: unknown): boolean {
  return err instanceof ApiError && err.status === 401
}

/** A message fit to show a person, whatever was thrown. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return said(err.notice, err.message)
  return t('common.error.unknown')
}
