import Taro from '@tarojs/taro'
import { PAGE } from '@/pages'

/**
 * Starts over at 首页 (no page of the person's left behind, should WeChat keep the mini-program
 * warm) and closes the mini-program, back to WeChat's chats.
 */
export function leaveApp(): void {
  void Taro.reLaunch({ url: PAGE.home })
    .catch(() => undefined)
    .then(() => Taro.exitMiniProgram({}))
    .catch(() => undefined)
}
