import Taro from '@tarojs/taro'

// Browsers give GPS (WGS84) coordinates; the offset to the map's GCJ-02 (≈ 500 m) does not change which office is nearer.
export async function currentPosition(): Promise<{ lat: number; lng: number } | null> {
  try {
    const res = await Taro.getLocation({ type: 'wgs84' })
    return { lat: res.latitude, lng: res.longitude }
  } catch {
    return null
  }
}
