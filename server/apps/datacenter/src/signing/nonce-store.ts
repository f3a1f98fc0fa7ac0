export const NONCE_STORE = Symbol('NONCE_STORE')

/**
 * Nonces seen within the signature window. A nonce is remembered for twice the allowed clock
 * skew, so a replay inside the window is refused and one outside it fails the timestamp check.
 */
export interface NonceStore {
  /** Resolves false if the nonce was already used (on any data-center instance sharing the store). */
  claim(nonce: string): Promise<boolean>
}

/** One process: PGlite cannot be shared, so the embedded data center is always a single instance. */
export class MemoryNonceStore implements NonceStore {
  private readonly seen = new Map<string, number>()
  private lastSweep = 0

  constructor(private readonly ttlMs: number) {}

  claim(nonce: string, now = Date.now()): Promise<boolean> {
    this.sweep(now)
    if (this.seen.has(nonce)) return Promise.resolve(false)
    this.seen.set(nonce, now + this.ttlMs)
    return Promise.resolve(true)
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000) return
    this.lastSweep = now
    for (const [nonce, expires] of this.seen) if (expires <= now) this.seen.delete(nonce)
  }
}
