import Taro from '@tarojs/taro'
import type { BiometricKind } from './biometric'

const KINDS: readonly BiometricKind[] = ['fingerPrint', 'facial']

export async function biometricKind(): Promise<BiometricKind | null> {
  try {
    const { supportMode } = await Taro.checkIsSupportSoterAuthentication()
    for (const kind of KINDS) {
      if (!supportMode.includes(kind)) continue
      const { isEnrolled } = await Taro.checkIsSoterEnrolledInDevice({ checkAuthMode: kind })
      if (isEnrolled) return kind
    }
  } catch {
    // An old WeChat or a phone without SOTER: the PIN is the lock.
  }
  return null
}

/** A local check of the owner (the lock is on this phone): WeChat's verdict is enough, nothing goes to a server. */
export async function confirmOwner(kind: BiometricKind, reason: string): Promise<boolean> {
  try {
    const r = await Taro.startSoterAuthentication({
      requestAuthModes: [kind],
      challenge: `pocket12348-${Date.now()}`,
      authContent: reason,
    })
    return r.errCode === 0
  } catch {
    return false
  }
}
