/** Whether this build can sign in with WeChat (only the mini-program can). */
export const wechatLoginAvailable: boolean
/** A one-time code from wx.login, for POST /auth/wechat. */
export function wechatLoginCode(): Promise<string>
