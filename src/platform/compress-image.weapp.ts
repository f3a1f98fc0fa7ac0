import Taro from '@tarojs/taro'

export async function compressImage(path: string): Promise<string> {
  try {
    const res = await Taro.compressImage({ src: path, quality: 70, compressedWidth: 1600 })
    return res.tempFilePath
  } catch {
    return path
  }
}
