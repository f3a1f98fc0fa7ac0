import Taro from '@tarojs/taro'

const TEMPLATE = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? ''

export async function askForBookingNotices(): Promise<void> {
  if (!TEMPLATE) return
  try {
    // Taro's typing wants entityIds too; WeChat reads tmplIds.
    await Taro.requestSubscribeMessage({ tmplIds: [TEMPLATE], entityIds: [] })
  } catch {
    // Declined or unavailable: the notice goes by SMS.
  }
}
