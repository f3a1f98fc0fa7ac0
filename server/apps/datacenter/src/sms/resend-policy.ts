/** Sign-in rules that hold for every channel. */
export const SMS_POLICY = {
  /** Seconds between codes for the first `freeSends` of a day. */
  resendAfterSeconds: 60,
  freeSends: 3,
  /** The wait doubles after that, up to this: slow enough for a stranger, never a day-long wall for the owner. */
  maxResendSeconds: 30 * 60,
  maxAttempts: 5,
} as const

/** Seconds a phone waits for its next code after `sentToday` codes were delivered in the last 24 h. */
export function resendDelaySeconds(sentToday: number): number {
  const doublings = Math.max(0, sentToday - SMS_POLICY.freeSends)
  return Math.min(SMS_POLICY.maxResendSeconds, SMS_POLICY.resendAfterSeconds * 2 ** Math.min(doublings, 20))
}
