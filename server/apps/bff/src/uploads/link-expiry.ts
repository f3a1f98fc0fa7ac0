/** Links made within one fifth of the lifetime share their expiry (and URL), so caches can answer them. */
const PERIODS_PER_TTL = 5

/**
 * When a link made at `nowMs` expires (seconds since the epoch): at most `ttl` seconds later and
 * at least four fifths of it, on a boundary shared by every link made in the same fifth.
 */
export function linkExpiry(nowMs: number, ttl: number): number {
  const period = Math.max(1, Math.floor(ttl / PERIODS_PER_TTL))
  return Math.floor((Math.floor(nowMs / 1000) + ttl) / period) * period
}
