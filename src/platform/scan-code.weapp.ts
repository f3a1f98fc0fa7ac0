import Taro from '@tarojs/taro'

export const canScanCode = true

export async function scanCode(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return res.result
  } catch {
    return null
  }
}
