import Taro from '@tarojs/taro'

export async function currentPosition(): Promise<{ lat: number; lng: number } | null> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' })
    return { lat: res.latitude, lng: res.longitude }
  } catch {
    return null
  }
}
