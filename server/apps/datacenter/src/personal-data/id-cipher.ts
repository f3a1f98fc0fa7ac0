import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type CipherKind = 'sm4' | 'aes-256-gcm'

/** Keys by id: the current one encrypts, every listed one still decrypts (rotation). */
export interface IdCipherKeys {
  kind: CipherKind
  currentKeyId: string
  /** key id → 32 bytes (SM4 uses the first 16 to encrypt and derives its MAC key from all 32). */
  keys: Record<string, Buffer>
  /** For the look-up hash, separate from the encryption keys. */
  lookupKey: Buffer
}

/** A sealed value as stored: the key id, and base64 of iv | ciphertext | tag. */
export interface Sealed {
  keyId: string
  sealed: string
}

const IV = { sm4: 16, 'aes-256-gcm': 12 } as const
const TAG = { sm4: 32, 'aes-256-gcm': 16 } as const

/**
 * Encrypts personal identifiers at rest: SM4-CBC with an HMAC-SM3 tag over key id, IV and
 * ciphertext (encrypt-then-MAC), or AES-256-GCM with the key id as associated data. A keyed
 * HMAC-SM3 of the plain value lets a record be found by it without decrypting anything.
 */
export class IdCipher {
  constructor(private readonly config: IdCipherKeys) {
    const current = config.keys[config.currentKeyId]
    if (!current || current.length !== 32) throw new Error(`ID cipher key ${config.currentKeyId} must be 32 bytes`)
  }

  seal(plain: string): Sealed {
    const keyId = this.config.currentKeyId
    const key = this.config.keys[keyId]
    const iv = randomBytes(IV[this.config.kind])
    if (this.config.kind === 'aes-256-gcm') {
      const c = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(keyId))
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()])
      return { keyId, sealed: Buffer.concat([iv, body, c.getAuthTag()]).toString('base64') }
    }
    const c = createCipheriv('sm4-cbc', key.subarray(0, 16), iv)
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()])
    return { keyId, sealed: Buffer.concat([iv, body, sm3Tag(key, keyId, iv, body)]).toString('base64') }
  }

  /** The plain value; throws when the key is unknown or the value was altered. */
  open({ keyId, sealed }: Sealed): string {
    const key = this.config.keys[keyId]
    if (!key) throw new Error(`unknown ID cipher key ${keyId}`)
    const raw = Buffer.from(sealed, 'base64')
    const kind = this.config.kind
    const iv = raw.subarray(0, IV[kind])
    const body = raw.subarray(IV[kind], raw.length - TAG[kind])
    const tag = raw.subarray(raw.length - TAG[kind])
    if (kind === 'aes-256-gcm') {
      const d = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(keyId)).setAuthTag(tag)
      return Buffer.concat([d.update(body), d.final()]).toString('utf8')
    }
    const expected = sm3Tag(key, keyId, iv, body)
    if (tag.length !== expected.length || !timingSafeEqual(tag, expected)) throw new Error('ID value was altered')
    const d = createDecipheriv('sm4-cbc', key.subarray(0, 16), iv)
    return Buffer.concat([d.update(body), d.final()]).toString('utf8')
  }

  /** A keyed hash of the plain value, for finding a record by it. */
  lookupHash(plain: string): string {
    return createHmac('sm3', this.config.lookupKey).update(plain, 'utf8').digest('hex')
  }
}

/** HMAC-SM3 over key id, IV and ciphertext, with a MAC key derived from the record key. */
function sm3Tag(key: Buffer, keyId: string, iv: Buffer, body: Buffer): Buffer {
  const macKey = createHmac('sm3', key).update('pocket12348/id-cipher/mac').digest()
  return createHmac('sm3', macKey).update(keyId).update(iv).update(body).digest()
}
