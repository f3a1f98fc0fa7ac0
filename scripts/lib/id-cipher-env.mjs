import { randomBytes } from 'node:crypto'

/** Fresh ID-number keys for a throwaway data center (tests, benchmarks, the soak). */
export function idCipherEnv() {
  return { ID_CIPHER_KEYS: `k1:${randomBytes(32).toString('hex')}`, ID_LOOKUP_KEY: randomBytes(32).toString('hex') }
}
