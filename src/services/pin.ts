import { pbkdf2 } from '@noble/hashes/pbkdf2'
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex } from '@noble/hashes/utils'

/** A PIN is 4 to 6 digits: what a person can keep in mind and type with one thumb. */
export const PIN_PATTERN = /^\d{4,6}$/
export const PIN_MAX_DIGITS = 6
/** Enough to make trying every PIN on a copied storage slow, little enough for a cheap phone (about 0.2 s). */
const ITERATIONS = 20_000

export interface PinRecord {
  salt: string
  hash: string
}

/** The PIN as kept on the device: salted and stretched, never the digits themselves. */
export function sealPin(pin: string): PinRecord {
  // A salt need be unique, not secret (the mini-program has no crypto.getRandomValues to call at once).
  const salt = Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join('')
  return { salt, hash: hashOf(pin, salt) }
}

export function pinMatches(pin: string, record: PinRecord): boolean {
  const hash = hashOf(pin, record.salt)
  // Same length always (hex of 32 bytes); compared in full whatever differs first.
  let diff = hash.length ^ record.hash.length
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ record.hash.charCodeAt(i)
  return diff === 0
}

function hashOf(pin: string, salt: string): string {
  return bytesToHex(pbkdf2(sha256, ascii(pin), ascii(salt), { c: ITERATIONS, dkLen: 32 }))
}

/** Digits and base-36 letters as bytes, without TextEncoder (which the mini-program lacks). */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0x7f)
}
