import { z } from 'zod'
import { RecordId, Sha256Hex } from '../common.js'
import type { RouteTable } from '../route.js'

export const DcCreateSessionRequest = z
  .object({ accountId: z.string(), tokenHash: Sha256Hex, ttlSeconds: z.number().int().positive() })
  .meta({ id: 'DcCreateSessionRequest' })
export type DcCreateSessionRequest = z.infer<typeof DcCreateSessionRequest>

export const DcSession = z.object({ sessionId: z.string(), accountId: z.string() }).meta({ id: 'DcSession' })
export type DcSession = z.infer<typeof DcSession>

export const DcRotateSessionRequest = z
  .object({
    tokenHash: Sha256Hex,
    newTokenHash: Sha256Hex,
    ttlSeconds: z.number().int().positive(),
    /**
     * How long a spent token may be presented again and get the same successor back (the reply
     * to a refresh was lost, or two pages refreshed at once); after that, presenting it is theft.
     */
    graceSeconds: z.number().int().min(0).max(300).default(0),
  })
  .meta({ id: 'DcRotateSessionRequest' })
export type DcRotateSessionRequest = z.infer<typeof DcRotateSessionRequest>

export const DcRevokeSessionRequest = z.object({ tokenHash: Sha256Hex }).meta({ id: 'DcRevokeSessionRequest' })
export type DcRevokeSessionRequest = z.infer<typeof DcRevokeSessionRequest>

export const DcRevokedSession = z.object({ sessionId: z.string().nullable() }).meta({ id: 'DcRevokedSession' })
export type DcRevokedSession = z.infer<typeof DcRevokedSession>

export const DcSessionLiveness = z.object({ live: z.boolean() }).meta({ id: 'DcSessionLiveness' })
export type DcSessionLiveness = z.infer<typeof DcSessionLiveness>

export const dcSessionsRoutes = {
  createSession: {
    method: 'post',
    path: '/sessions',
    tag: 'accounts',
    auth: true,
    summary: 'Start a refresh-token family',
    body: DcCreateSessionRequest,
    response: DcSession,
    status: 201,
  },
  rotateSession: {
    method: 'post',
    path: '/sessions/rotate',
    tag: 'accounts',
    auth: true,
    summary:
      'Rotate a refresh token; the same rotation again within the grace window answers the same session, any other reuse of a spent token revokes the family (error details name it)',
    body: DcRotateSessionRequest,
    response: DcSession,
    errors: ['REFRESH_INVALID', 'REFRESH_REUSED'],
  },
  revokeSession: {
    method: 'post',
    path: '/sessions/revoke',
    tag: 'accounts',
    auth: true,
    summary: 'Revoke the family of a refresh token',
    body: DcRevokeSessionRequest,
    response: DcRevokedSession,
  },
  session: {
    method: 'get',
    path: '/sessions/{id}',
    tag: 'accounts',
    auth: true,
    summary: 'Whether a session is still live',
    params: z.object({ id: RecordId }),
    response: DcSessionLiveness,
  },
} as const satisfies RouteTable
