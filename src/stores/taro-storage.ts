import Taro from '@tarojs/taro'
import { createJSONStorage } from 'zustand/middleware'

/** zustand persistence on the device's storage (wx storage in the mini-program, localStorage in H5). */
export const taroStorage = createJSONStorage(() => ({
  getItem: (key: string) => Taro.getStorageSync<string>(key) || null,
  setItem: (key: string, value: string) => Taro.setStorageSync(key, value),
  removeItem: (key: string) => Taro.removeStorageSync(key),
}))
