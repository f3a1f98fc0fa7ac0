// A fake of the wx-server-sdk surface the cloud functions use: init, getWXContext and the
// phonenumber cloud call.
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
  },
}

export default cloud
