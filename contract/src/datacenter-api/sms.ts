import { z } from 'zod'
import { Phone, Sha256Hex } from '../common.js'
import type { RouteTable } from '../route.js'
import { DcAccountView } from './accounts.js'

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

export const dcSmsRoutes = {
  smsChallenge: {
    method: 'post',
    path: '/auth/sms-challenges',
    tag: 'accounts',
    auth: true,
    summary:
      'Register an SMS code (HMAC keyed by the BFF) for a phone; the wait between codes doubles after the first few of a day, up to 30 minutes',
    body: DcSmsChallengeRequest,
    response: DcSmsChallengeResponse,
    status: 201,
    errors: ['SMS_SEND_TOO_OFTEN'],
  },
  smsUndelivered: {
    method: 'post',
    path: '/auth/sms-challenges/undelivered',
    tag: 'accounts',
    auth: true,
    summary: 'The SMS provider did not send this code: it becomes unusable and does not count against the phone',
    body: DcSmsVerifyRequest,
  },
  smsVerify: {
    method: 'post',
    path: '/auth/sms-challenges/verify',
    tag: 'accounts',
    auth: true,
    summary: 'Check an SMS code; on success find or create the account of that phone',
    body: DcSmsVerifyRequest,
    response: DcAccountView,
    errors: ['SMS_CODE_INVALID', 'SMS_CODE_EXPIRED', 'SMS_CODE_LOCKED'],
  },
} as const satisfies RouteTable
