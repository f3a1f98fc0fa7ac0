import { z } from 'zod'
import { Instant } from '../common.js'
import { CallId, CallKind, CallOutcome, CallState } from './call-record.js'
import { ConsultationId } from './consultations.js'
import type { RouteTable } from '../route.js'

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

/** One ICE server for WebRTC (RTCIceServer): TURN ones with credentials good for this call only. */
export const IceServer = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
})

/**
 * What a device needs to carry a call's media: TRTC's room and a UserSig minted for this user
 * (mini-program; null when TRTC is not configured), and ICE servers (H5 WebRTC). Both expire.
 */
export const CallMedia = z
  .object({
    trtc: z
      .object({ sdkAppId: z.number().int(), userId: z.string(), userSig: z.string(), roomId: z.string() })
      .nullable(),
    iceServers: z.array(IceServer),
    expiresAt: Instant,
  })
  .meta({ id: 'CallMedia' })
export type CallMedia = z.infer<typeof CallMedia>

export const callsRoutes = {
  callMedia: {
    method: 'get',
    path: '/calls/{id}/media',
    tag: 'calls',
    auth: true,
    summary: '通话的媒体凭证：TRTC 房间与 UserSig（小程序）、ICE 服务器（H5），仅通话双方可取，限时有效',
    params: z.object({ id: CallId }),
    response: CallMedia,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
} as const satisfies RouteTable
