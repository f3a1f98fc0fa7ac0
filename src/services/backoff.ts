/**
 * Reconnect delay: exponential from `baseMs`, capped at `maxMs`, with "equal jitter"
 * (half fixed, half random) so that a village's phones do not all reconnect at once.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 1000,
  maxMs = 30_000,
): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt))
  return Math.round(exp / 2 + random() * (exp / 2))
}
