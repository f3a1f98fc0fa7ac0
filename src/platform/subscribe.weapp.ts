import Taro from '@tarojs/taro'

const TEMPLATE = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? ''
const CONSULT_TEMPLATE = process.env.TARO_APP_SUBSCRIBE_CONSULT_TEMPLATE_ID ?? ''

async function ask(template: string): Promise<void> {
  if (!template) return
  try {
    // Taro's typing wants entityIds too; WeChat reads tmplIds.
    await Taro.requestSubscribeMessage({ tmplIds: [template], entityIds: [] })
  } catch {
    // Declined or unavailable: the notice goes by SMS.
  }
}

export function askForBookingNotices(): Promise<void> {
  return ask(TEMPLATE)
}

export function askForReplyNotices(): Promise<void> {
  return ask(CONSULT_TEMPLATE)
}
