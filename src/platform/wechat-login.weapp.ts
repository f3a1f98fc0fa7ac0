import Taro from '@tarojs/taro'

export const wechatLoginAvailable = true

export async function wechatLoginCode(): Promise<string> {
  const { code } = await Taro.login()
  return code
}
