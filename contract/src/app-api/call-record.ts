import { z } from 'zod'

/** A voice or video call between the two sides of a conversation. */
export const CallId = z
  .string()
  .regex(/^k_[A-Za-z0-9_-]{22}$/, 'form.callId')
  .meta({ id: 'CallId', example: 'k_4f9Qm2Zr8Xo1Lp0Wc7Ty5A' })
export type CallId = z.infer<typeof CallId>

export const CallKind = z.enum(['voice', 'video']).meta({ id: 'CallKind' })
export type CallKind = z.infer<typeof CallKind>

/** ringing → active (answered) → ended; or ringing → ended. */
export const CallState = z.enum(['ringing', 'active', 'ended']).meta({ id: 'CallState' })
export type CallState = z.infer<typeof CallState>

/**
 * How a call ended: talked (completed); the callee declined (rejected) or was in another call
 * (busy); nobody answered in time (missed); the caller gave up while it rang (cancelled); a side
 * vanished (failed: its phone lost the network and did not come back).
 */
export const CallOutcome = z
  .enum(['completed', 'rejected', 'busy', 'missed', 'cancelled', 'failed'])
  .meta({ id: 'CallOutcome' })
export type CallOutcome = z.infer<typeof CallOutcome>

/** A call's line in its conversation: what the record card shows. */
export const CallSummary = z.object({
  id: CallId,
  /** Who called (a missed call's notice says so). */
  callerName: z.string(),
  kind: CallKind,
  outcome: CallOutcome,
  durationSeconds: z.number().int().nonnegative().nullable(),
})
export type CallSummary = z.infer<typeof CallSummary>
