import type { AuthSession, SmsSendResponse } from '@pocket/contract'
import { request } from './request'

export const authApi = {
  sendSmsCode: (phone: string) => request<SmsSendResponse>('POST', '/auth/sms/send', { body: { phone }, auth: false }),
  verifySmsCode: (phone: string, code: string) =>
    request<AuthSession>('POST', '/auth/sms/verify', { body: { phone, code }, auth: false }),
  wechat: (code: string, phoneCode?: string) =>
    request<AuthSession>('POST', '/auth/wechat', { body: { code, phoneCode }, auth: false }),
  logout: (refreshToken: string) => request<void>('POST', '/auth/logout', { body: { refreshToken }, auth: false }),
}
