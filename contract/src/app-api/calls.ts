import { z } from 'zod'
import { Instant } from '../common.js'
import { CallId, CallKind, CallOutcome, CallState } from './call-record.js'
import { ConsultationId } from './consultations.js'

const CallParty = z.object({
  accountId: z.string(),
  role: z.enum(['resident', 'adviser']),
  name: z.string(),
})

/** A call as both sides and the data center record it (全程留痕). */
export const Call = z
  .object({
    id: CallId,
    consultationId: ConsultationId,
    kind: CallKind,
    state: CallState,
    caller: CallParty,
    /** Who answered; before that, the side being rung (`accountId` empty: any of its devices). */
    callee: CallParty,
    startedAt: Instant,
    answeredAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    /** Seconds talked, from answer to end (null: never answered). */
    durationSeconds: z.number().int().nonnegative().nullable(),
    outcome: CallOutcome.nullable(),
  })
  .meta({ id: 'Call' })
export type Call = z.infer<typeof Call>
