// A fake of the wx-server-sdk surface the cloud functions use: init and getWXContext.
interface WXContext {
  OPENID?: string
  APPID?: string
  UNIONID?: string
}

let context: WXContext = {}
export const initCalls: unknown[] = []

export function setWxContext(c: WXContext): void {
  context = c
}

const cloud = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init(options?: unknown) {
    initCalls.push(options)
  },
  getWXContext(): WXContext {
    return { ...context }
  },
}

export default cloud
