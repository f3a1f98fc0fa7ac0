import Taro from '@tarojs/taro'

const PREFIX = 'cache:'

export interface Cached<T> {
  data: T
  savedAt: number
}

/**
 * The last good answer of a screen, kept on the device so a weak rural network shows what was
 * there before instead of an empty page. Cleared on sign-in and sign-out: a shared phone keeps
 * nothing of the previous person.
 */
export function readCache<T>(key: string): Cached<T> | null {
  try {
    const hit = Taro.getStorageSync<Cached<T> | ''>(PREFIX + key)
    return hit && typeof hit === 'object' && 'savedAt' in hit ? hit : null
  } catch {
    return null
  }
}

export function writeCache<T>(key: string, data: T): void {
  try {
    Taro.setStorageSync(PREFIX + key, { data, savedAt: Date.now() } satisfies Cached<T>)
  } catch {
    // Storage full or unavailable: the screen still works, only without the offline copy.
  }
}

export function clearCache(): void {
  try {
    for (const key of Taro.getStorageInfoSync().keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key)
  } catch {
    // Nothing to clear.
  }
}
