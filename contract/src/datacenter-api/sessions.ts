import { z } from 'zod'
import { Int4, Sha256Hex } from '../common.js'
import type { RouteTable } from '../route.js'

export const DcCreateSessionRequest = z
  .object({ accountId: z.string(), tokenHash: Sha256Hex, ttlSeconds: Int4(1) })
  .meta({ id: 'DcCreateSessionRequest' })
export type DcCreateSessionRequest = z.infer<typeof DcCreateSessionRequest>

export const DcSession = z.object({ sessionId: z.string(), accountId: z.string() }).meta({ id: 'DcSession' })
export type DcSession = z.infer<typeof DcSession>

export const DcRotateSessionRequest = z
  .object({
    tokenHash: Sha256Hex,
    newTokenHash: Sha256Hex,
    ttlSeconds: Int4(1),
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

export const DcRevokedSessionsQuery = z
  .object({ withinSeconds: z.coerce.number().int().positive().max(86_400) })
  .meta({ id: 'DcRevokedSessionsQuery' })
export type DcRevokedSessionsQuery = z.infer<typeof DcRevokedSessionsQuery>

export const DcRevokedSessions = z.object({ sessionIds: z.array(z.string()) }).meta({ id: 'DcRevokedSessions' })
export type DcRevokedSessions = z.infer<typeof DcRevokedSessions>

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
  revokedSessions: {
    method: 'get',
    path: '/sessions/revoked',
    tag: 'accounts',
    auth: true,
    summary: 'Sign-ins ended in the last `withinSeconds` (system only): their access tokens may still be unexpired',
    query: DcRevokedSessionsQuery,
    response: DcRevokedSessions,
  },
} as const satisfies RouteTable
