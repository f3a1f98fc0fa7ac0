export const NONCE_STORE = Symbol('NONCE_STORE')

/**
 * Nonces seen within the signature window. A nonce is remembered for twice the allowed clock
 * skew, so a replay inside the window is refused and one outside it fails the timestamp check.
 */
export interface NonceStore {
  /**
   * Resolves false if the nonce was already used (on any data-center instance sharing the
   * store), or could have been without this store knowing. `timestamp` is the request's, in seconds.
   */
  claim(nonce: string, timestamp: number): Promise<boolean>
}

/**
 * The second this process started in (read on the same clock requests are checked on, when the
 * server loads): the in-memory store refuses requests signed in or before it. Not
 * `performance.timeOrigin`: a process whose wall clock differs from the monotonic origin (set back,
 * or a test standing on another day) would wait for, or refuse by, the wrong second.
 */
export const PROCESS_START_SECOND = Math.floor(Date.now() / 1000)

/**
 * Resolves once the second the process started in is over. The embedded data center listens
 * only then, so a request a caller signs after seeing it listen is never refused as too old.
 */
export function afterStartSecond(): Promise<void> {
  const wait = (PROCESS_START_SECOND + 1) * 1000 - Date.now()
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve()
}

/**
 * The embedded data center (one process): nonces in memory, where claiming costs nothing. A
 * restart forgets them, so requests signed before this process started are refused outright:
 * any nonce it could have seen carries such a timestamp. (Claiming in PGlite instead cost a
 * write per request and capped the data center near 450 requests a second.)
 */
export class MemoryNonceStore implements NonceStore {
  private readonly seen = new Map<string, number>()
  private lastSweep = 0

  constructor(
    private readonly ttlMs: number,
    /** Seconds: requests signed in or before the second this process started in are refused. */
    private readonly startedAt: number,
  ) {}

  claim(nonce: string, timestamp: number, now = Date.now()): Promise<boolean> {
    if (timestamp <= this.startedAt) return Promise.resolve(false)
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
