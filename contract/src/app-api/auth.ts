import { z } from 'zod'
import type { RouteTable } from '../route.js'
import { Phone, Role } from '../common.js'
import { SMS_CODE_PATTERN } from '../constants.js'
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
    code: z.string().regex(new RegExp(SMS_CODE_PATTERN), 'form.smsCode'),
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

/** Refresh tokens are 32 random bytes in base64url; anything else is refused before it is hashed. */
export const RefreshToken = z.string().regex(/^[\w-]{20,128}$/, 'form.refreshToken')
export const RefreshRequest = z.object({ refreshToken: RefreshToken }).meta({ id: 'RefreshRequest' })
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

/** Sign-in: SMS code, WeChat, refresh, sign-out, socket tickets. */
export const authRoutes = {
  smsSend: {
    method: 'post',
    path: '/auth/sms/send',
    tag: 'auth',
    auth: false,
    summary: '发送短信验证码',
    body: SmsSendRequest,
    response: SmsSendResponse,
    errors: ['SMS_SEND_TOO_OFTEN', 'RATE_LIMITED'],
  },
  smsVerify: {
    method: 'post',
    path: '/auth/sms/verify',
    tag: 'auth',
    auth: false,
    summary: '短信验证码登录',
    body: SmsVerifyRequest,
    response: AuthSession,
    errors: ['SMS_CODE_INVALID', 'SMS_CODE_EXPIRED', 'SMS_CODE_LOCKED', 'RATE_LIMITED'],
  },
  wechatLogin: {
    method: 'post',
    path: '/auth/wechat',
    tag: 'auth',
    auth: false,
    summary: '微信登录（wx.login code 或云函数票据；可附微信手机号授权码）',
    body: WechatLoginRequest,
    response: AuthSession,
    errors: ['WECHAT_LOGIN_FAILED', 'CONFLICT'],
  },
  refresh: {
    method: 'post',
    path: '/auth/refresh',
    tag: 'auth',
    auth: false,
    summary: '轮换刷新令牌',
    body: RefreshRequest,
    response: AuthSession,
    errors: ['REFRESH_INVALID', 'REFRESH_REUSED'],
  },
  logout: { method: 'post', path: '/auth/logout', tag: 'auth', auth: false, summary: '退出登录', body: RefreshRequest },
  wsTicket: {
    method: 'post',
    path: '/auth/ws-ticket',
    tag: 'auth',
    auth: true,
    summary: '浏览器 WebSocket 握手票据',
    response: WsTicket,
  },
} as const satisfies RouteTable
