// A fake of the wx-server-sdk surface the cloud functions use: init, getWXContext and the
// phonenumber and subscribeMessage cloud calls.
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

const phoneCodes = new Map<string, string>()
let issued = 0

/** What a getPhoneNumber button would give the page when the person shares `phone`; single use. */
export function issueCloudPhoneCode(phone: string): string {
  const code = `cloud-phone-${++issued}-${phone}`
  phoneCodes.set(code, phone)
  return code
}

/** A subscribe message as the cloud call was asked to send it. */
export interface CloudSubscribe {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

/** Every subscribe message sent by cloud call, in order. */
export const cloudSubscribeSent: CloudSubscribe[] = []
const unsubscribed = new Set<string>()

/** This person accepted no subscription: WeChat refuses to send them one (errCode 43101). */
export function refuseCloudSubscription(openid: string): void {
  unsubscribed.add(openid)
}

const cloud = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init(options?: unknown) {
    initCalls.push(options)
  },
  getWXContext(): WXContext {
    return { ...context }
  },
  openapi: {
    phonenumber: {
      // Typed as the SDK declares it (cloud/types): the cloud call's reply may use either field name.
      getPhoneNumber({ code }: { code: string }): Promise<{
        errCode?: number
        phoneInfo?: { purePhoneNumber?: string; countryCode?: string | number }
        phone_info?: { purePhoneNumber?: string; countryCode?: string | number }
      }> {
        const phone = phoneCodes.get(code)
        phoneCodes.delete(code)
        // A refused cloud call rejects, as wx-server-sdk's do.
        if (!phone) return Promise.reject(new Error('errCode: 40029 | errMsg: invalid code'))
        return Promise.resolve({ errCode: 0, errMsg: 'ok', phoneInfo: { purePhoneNumber: phone, countryCode: '86' } })
      },
    },
    subscribeMessage: {
      send(req: CloudSubscribe): Promise<{ errCode?: number; errMsg?: string }> {
        if (unsubscribed.has(req.touser))
          return Promise.reject(
            Object.assign(new Error('errCode: 43101 | errMsg: user refuse to accept the msg'), { errCode: 43101 }),
          )
        cloudSubscribeSent.push(structuredClone(req))
        return Promise.resolve({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
      },
    },
  },
}

export default cloud
