// Browsers, including WeChat's, sign in by SMS: a web page cannot call wx.login.
export const wechatLoginAvailable = false

export function wechatLoginCode(): Promise<string> {
  return Promise.reject(new Error('WeChat sign-in is only available in the mini-program'))
}
