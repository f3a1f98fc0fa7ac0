import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const authApi = {
  sendSmsCode: (phone: string) => api(appRoutes.smsSend, { body: { phone } }),
  verifySmsCode: (phone: string, code: string) => api(appRoutes.smsVerify, { body: { phone, code } }),
  wechat: (code: string, phoneCode?: string) => api(appRoutes.wechatLogin, { body: { code, phoneCode } }),
  logout: (refreshToken: string) => api(appRoutes.logout, { body: { refreshToken } }),
  wsTicket: () => api(appRoutes.wsTicket),
}
