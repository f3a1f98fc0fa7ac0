import { z } from 'zod'
import { Phone, RegionCode } from '../common.js'
import { InstitutionKind, PersonKind } from '../app-api/directory.js'

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')

export const DcSmsChallengeRequest = z
  .object({ phone: Phone, codeHash: Sha256Hex, ttlSeconds: z.number().int().min(60).max(900) })
  .meta({ id: 'DcSmsChallengeRequest' })
export type DcSmsChallengeRequest = z.infer<typeof DcSmsChallengeRequest>

export const DcSmsChallengeResponse = z
  .object({ expiresIn: z.number().int(), resendAfter: z.number().int() })
  .meta({ id: 'DcSmsChallengeResponse' })
export type DcSmsChallengeResponse = z.infer<typeof DcSmsChallengeResponse>

export const DcSmsVerifyRequest = z.object({ phone: Phone, codeHash: Sha256Hex }).meta({ id: 'DcSmsVerifyRequest' })
export type DcSmsVerifyRequest = z.infer<typeof DcSmsVerifyRequest>

export const DcWechatAccountRequest = z
  .object({
    appId: z.string().min(1).max(64),
    openid: z.string().min(1).max(128),
    unionid: z.string().min(1).max(128).nullable(),
    /** A mainland phone WeChat verified (getPhoneNumber): binds it, or finds the account that has it. */
    phone: Phone.optional(),
  })
  .meta({ id: 'DcWechatAccountRequest' })
export type DcWechatAccountRequest = z.infer<typeof DcWechatAccountRequest>

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
  })
  .meta({ id: 'DcRotateSessionRequest' })
export type DcRotateSessionRequest = z.infer<typeof DcRotateSessionRequest>

export const DcSetVillageRequest = z.object({ villageCode: RegionCode }).meta({ id: 'DcSetVillageRequest' })
export type DcSetVillageRequest = z.infer<typeof DcSetVillageRequest>

export const DcInstitutionsQuery = z.object({
  kind: InstitutionKind.optional(),
  region: RegionCode.optional(),
})
export const DcPeopleQuery = z.object({
  kind: PersonKind.optional(),
  institution: z.string().max(64).optional(),
})
export const DcRegionsQuery = z.object({ parent: RegionCode.optional() })

export const DcAuditQuery = z.object({ entity: z.string().min(1).max(64), entityId: z.string().min(1).max(64) })
export type DcAuditQuery = z.infer<typeof DcAuditQuery>

export const DcSessionLiveness = z.object({ live: z.boolean() }).meta({ id: 'DcSessionLiveness' })
export type DcSessionLiveness = z.infer<typeof DcSessionLiveness>

export const DcRevokeSessionRequest = z.object({ tokenHash: z.string().min(1) }).meta({ id: 'DcRevokeSessionRequest' })
export type DcRevokeSessionRequest = z.infer<typeof DcRevokeSessionRequest>

/** The family that was revoked, so the BFF can close its sockets; null if the token matched none. */
export const DcRevokedSession = z.object({ sessionId: z.string().nullable() }).meta({ id: 'DcRevokedSession' })
export type DcRevokedSession = z.infer<typeof DcRevokedSession>
