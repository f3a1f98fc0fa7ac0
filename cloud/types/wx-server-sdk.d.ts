// The part of wx-server-sdk the functions use (the SDK is installed by WeChat's cloud at deploy).
declare module 'wx-server-sdk' {
  interface WXContext {
    OPENID?: string
    APPID?: string
    UNIONID?: string
    ENV?: string
  }
  const cloud: {
    DYNAMIC_CURRENT_ENV: symbol
    init(options?: { env?: string | symbol }): void
    getWXContext(): WXContext
  }
  export default cloud
}
