import Taro from '@tarojs/taro'

// WeChat reports its font size setting in px; 17 is standard, larger steps mean the reader asked for big text.
const LARGE_TEXT_PX = 20

export function prefersLargeText(): boolean {
  try {
    return (Taro.getSystemInfoSync().fontSizeSetting ?? 0) >= LARGE_TEXT_PX
  } catch {
    return false
  }
}
