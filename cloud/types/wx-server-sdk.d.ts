// The part of wx-server-sdk the functions use (the SDK is installed by WeChat's cloud at deploy).
declare module 'wx-server-sdk' {
  interface WXContext {
    OPENID?: string
    APPID?: string
    UNIONID?: string
    ENV?: string
  }
  interface PhoneInfo {
    purePhoneNumber?: string
    countryCode?: string | number
  }
  const cloud: {
    DYNAMIC_CURRENT_ENV: symbol
    init(options?: { env?: string | symbol }): void
    getWXContext(): WXContext
    openapi: {
      phonenumber: {
        /** Cloud call: results come camelCased (phoneInfo); the HTTPS API's name is phone_info. */
        getPhoneNumber(req: {
          code: string
        }): Promise<{ errCode?: number; phoneInfo?: PhoneInfo; phone_info?: PhoneInfo }>
      }
      subscribeMessage: {
        /** Cloud call of subscribeMessage.send; a refusal rejects with WeChat's errCode. */
        send(req: {
          touser: string
          templateId: string
          page?: string
          data: Record<string, { value: string }>
          miniprogramState?: 'developer' | 'trial' | 'formal'
        }): Promise<{ errCode?: number; errMsg?: string }>
      }
    }
  }
  export default cloud
}
