import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { canonicalString, type CanonicalRequest } from '@pocket/contract'

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

export function signRequest(secret: string, r: CanonicalRequest): string {
  return createHmac('sha256', secret).update(canonicalString(r)).digest('base64')
}

export function signatureMatches(secret: string, r: CanonicalRequest, given: string): boolean {
  const expected = Buffer.from(signRequest(secret, r))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
