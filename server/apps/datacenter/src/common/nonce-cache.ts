/**
 * Nonces seen within the signature window. A nonce is remembered for twice the
 * allowed clock skew, so a replay inside the window is refused and one outside
 * it fails the timestamp check instead.
 */
export class NonceCache {
  private readonly seen = new Map<string, number>()
  private lastSweep = 0

  constructor(private readonly ttlMs: number) {}

  /** Returns false if the nonce was already used. */
  claim(nonce: string, now = Date.now()): boolean {
    this.sweep(now)
    if (this.seen.has(nonce)) return false
    this.seen.set(nonce, now + this.ttlMs)
    return true
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000) return
    this.lastSweep = now
    for (const [nonce, expires] of this.seen) if (expires <= now) this.seen.delete(nonce)
  }
}
