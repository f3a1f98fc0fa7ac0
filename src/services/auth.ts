import { appRoutes } from '@pocket/contract/app-routes'
import { wechatLoginCode } from '@/platform/wechat-login'
import { api } from './request'

export const authApi = {
  sendSmsCode: (phone: string) => api(appRoutes.smsSend, { body: { phone } }),
  verifySmsCode: (phone: string, code: string) => api(appRoutes.smsVerify, { body: { phone, code } }),
  /** Signs in with WeChat (a fresh wx.login code), and with the phone WeChat verified when given. */
  wechat: async (phoneCode?: string) =>
    api(appRoutes.wechatLogin, { body: { code: await wechatLoginCode(), phoneCode } }),
  logout: (refreshToken: string) => api(appRoutes.logout, { body: { refreshToken } }),
  wsTicket: () => api(appRoutes.wsTicket),
}
