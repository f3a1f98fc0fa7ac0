import { z } from 'zod'
import { Phone, Role } from '../common.js'
import { Me } from './me.js'

export const SmsSendRequest = z.object({ phone: Phone }).meta({ id: 'SmsSendRequest' })
export type SmsSendRequest = z.infer<typeof SmsSendRequest>

export const SmsSendResponse = z
  .object({
    /** Seconds before another code may be requested for this phone. */
    resendAfter: z.number().int(),
    /** Seconds the code stays valid. */
    expiresIn: z.number().int(),
  })
  .meta({ id: 'SmsSendResponse' })
export type SmsSendResponse = z.infer<typeof SmsSendResponse>

export const SmsVerifyRequest = z
  .object({
    phone: Phone,
    code: z.string().regex(/^\d{6}$/, '请输入6位数字验证码'),
  })
  .meta({ id: 'SmsVerifyRequest' })
export type SmsVerifyRequest = z.infer<typeof SmsVerifyRequest>

/**
 * Either a `code` from wx.login or a ticket from the `login` cloud function. `phoneCode` (from a
 * button with open-type getPhoneNumber) also signs in by the phone WeChat verified, so advisers and
 * staff are recognised and a resident's SMS account is the same account.
 */
export const WechatLoginRequest = z
  .union([
    z.object({ code: z.string().min(1).max(128), phoneCode: z.string().min(1).max(128).optional() }),
    z.object({ ticket: z.string().min(1).max(2048) }),
  ])
  .meta({ id: 'WechatLoginRequest' })
export type WechatLoginRequest = z.infer<typeof WechatLoginRequest>

export const RefreshRequest = z.object({ refreshToken: z.string().min(1).max(256) }).meta({ id: 'RefreshRequest' })
export type RefreshRequest = z.infer<typeof RefreshRequest>

export const AuthSession = z
  .object({
    accessToken: z.string(),
    /** Seconds until the access token expires. */
    expiresIn: z.number().int(),
    refreshToken: z.string(),
    role: Role,
    me: Me,
  })
  .meta({ id: 'AuthSession' })
export type AuthSession = z.infer<typeof AuthSession>

export const WsTicket = z.object({ ticket: z.string(), expiresIn: z.number().int() }).meta({ id: 'WsTicket' })
export type WsTicket = z.infer<typeof WsTicket>
