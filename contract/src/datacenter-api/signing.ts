/**
 * Every request from the BFF to the data center is signed. Both sides build
 * the same canonical string; the HMAC itself is computed by server code.
 */
export const SIGNATURE_HEADERS = {
  timestamp: 'x-dc-timestamp',
  nonce: 'x-dc-nonce',
  actor: 'x-dc-actor',
  role: 'x-dc-role',
  signature: 'x-dc-signature',
  requestId: 'x-request-id',
} as const

/** Requests older or newer than this (seconds) are refused. */
export const SIGNATURE_MAX_SKEW_SECONDS = 300

/** The actor of a request made by the BFF itself (sign-in, health checks). */
export const SYSTEM_ACTOR = 'system:bff'

export interface CanonicalRequest {
  method: string
  /** Path with query string, exactly as sent. */
  path: string
  timestamp: string
  nonce: string
  /** Lowercase hex SHA-256 of the raw body ('' for none). */
  bodySha256: string
  actor: string
  role: string
}

export function canonicalString(r: CanonicalRequest): string {
  return [r.method.toUpperCase(), r.path, r.timestamp, r.nonce, r.bodySha256, r.actor, r.role].join('\n')
}
