/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. One per socket, so a client
 * that floods its socket is cut off without touching anyone else's budget.
 */
export class FrameBudget {
  private tokens: number
  private last = Date.now()

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst
  }

  /** Spends one frame's token; false when the socket is over its budget. */
  take(): boolean {
    const now = Date.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
