import { randomBytes } from 'node:crypto'
import { IdCipher, type CipherKind } from './id-cipher.js'

const ID = '11010519491231002X'

function cipher(kind: CipherKind, keys = { k1: randomBytes(32) }, currentKeyId = 'k1') {
  return new IdCipher({ kind, currentKeyId, keys, lookupKey: Buffer.alloc(32, 7) })
}

describe.each(['sm4', 'aes-256-gcm'] as const)('ID cipher (%s)', (kind) => {
  it('seals without revealing the number, and opens it again', () => {
    const c = cipher(kind)
    const sealed = c.seal(ID)
    expect(sealed.keyId).toBe('k1')
    expect(sealed.sealed).not.toContain(ID)
    expect(Buffer.from(sealed.sealed, 'base64').toString('latin1')).not.toContain('110105')
    expect(c.open(sealed)).toBe(ID)
    expect(c.seal(ID).sealed).not.toBe(sealed.sealed)
  })

  it('refuses a sealed value altered by one bit', () => {
    const c = cipher(kind)
    const raw = Buffer.from(c.seal(ID).sealed, 'base64')
    raw[raw.length - 20] ^= 1
    expect(() => c.open({ keyId: 'k1', sealed: raw.toString('base64') })).toThrow()
  })

  it('still opens values sealed under an older key after rotation', () => {
    const keys = { k1: randomBytes(32), k2: randomBytes(32) }
    const old = cipher(kind, keys, 'k1').seal(ID)
    const rotated = cipher(kind, keys, 'k2')
    expect(rotated.open(old)).toBe(ID)
    expect(rotated.seal(ID).keyId).toBe('k2')
    expect(() => rotated.open({ ...old, keyId: 'k2' })).toThrow()
  })
})

describe('ID look-up hash', () => {
  it('is the same for the same number under any key, and differs for another', () => {
    const a = cipher('sm4')
    const b = cipher('aes-256-gcm')
    expect(a.lookupHash(ID)).toBe(b.lookupHash(ID))
    expect(a.lookupHash(ID)).toMatch(/^[0-9a-f]{64}$/)
    expect(a.lookupHash('110105194912310029')).not.toBe(a.lookupHash(ID))
  })
})
