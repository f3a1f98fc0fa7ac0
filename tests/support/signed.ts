import { randomUUID } from 'node:crypto'
import { SIGNATURE_HEADERS as H } from '@pocket/contract'
import { sha256Hex, signRequest } from '../../server/libs/common/src/signing'
import type { Reply } from './api'

export interface SignOptions {
  body?: unknown
  actor?: string
  role?: string
  timestamp?: number
  nonce?: string
  secret?: string
  /** The body actually sent, when it differs from the one signed (a body changed on the way). */
  sentBody?: unknown
}

/** A request to the data center signed as the BFF signs it (or deliberately not quite). */
export async function signedCall<T = Record<string, unknown>>(
  stack: { dc: { url: string }; secrets: { dcHmac: string } },
  method: string,
  path: string,
  o: SignOptions = {},
): Promise<Reply<T>> {
  const fullPath = `/dc/v1${path}`
  const body = o.body === undefined ? '' : JSON.stringify(o.body)
  const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000))
  const nonce = o.nonce ?? randomUUID()
  const actor = o.actor ?? 'system:bff'
  const role = o.role ?? 'system'
  const signature = signRequest(o.secret ?? stack.secrets.dcHmac, {
    method,
    path: fullPath,
    timestamp,
    nonce,
    bodySha256: sha256Hex(body),
    actor,
    role,
  })
  const res = await fetch(`${stack.dc.url}${fullPath}`, {
    method,
    headers: {
      [H.timestamp]: timestamp,
      [H.nonce]: nonce,
      [H.actor]: actor,
      [H.role]: role,
      [H.signature]: signature,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: o.sentBody === undefined ? body || undefined : JSON.stringify(o.sentBody),
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Reply<T>['body'], headers: res.headers }
}
