import type { BiometricKind } from './biometric'

// A web page has no SOTER; the PIN is the lock.
export function biometricKind(): Promise<BiometricKind | null> {
  return Promise.resolve(null)
}

export function confirmOwner(): Promise<boolean> {
  return Promise.resolve(false)
}
