import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { PinRecord } from '@/services/pin'
import { useSession } from './session'
import { taroStorage } from './taro-storage'

interface LockState {
  /** The PIN of the account that set it; a lock set by another account opens nothing and is dropped. */
  pin: (PinRecord & { accountId: string }) | null
  /** The phone's fingerprint or face may open it too (mini-program, where the phone has them). */
  biometric: boolean
  /** Wrong PINs in a row, and when the next try is allowed after too many. */
  failures: number
  waitUntil: number
  setPin(pin: PinRecord, accountId: string): void
  clear(): void
  setBiometric(on: boolean): void
  failed(): void
}

/** After this many wrong PINs, a pause before the next try, growing with each further miss. */
const FREE_TRIES = 5
const PAUSE_MS = 30_000

export const useAppLock = create<LockState>()(
  persist(
    (set, get) => ({
      pin: null,
      biometric: false,
      failures: 0,
      waitUntil: 0,
      setPin: (pin, accountId) => set({ pin: { ...pin, accountId }, failures: 0, waitUntil: 0 }),
      clear: () => set({ pin: null, biometric: false, failures: 0, waitUntil: 0 }),
      setBiometric: (on) => set({ biometric: on }),
      failed: () => {
        const failures = get().failures + 1
        const over = failures - FREE_TRIES
        set({ failures, waitUntil: over >= 0 ? Date.now() + PAUSE_MS * 2 ** over : 0 })
      },
    }),
    { name: 'pocket12348.lock', version: 1, storage: taroStorage },
  ),
)

/** Opened for this visit: in memory only, so closing or leaving the app locks it again. */
export const useUnlocked = create<{ open: boolean; set(open: boolean): void }>()((set) => ({
  open: false,
  set: (open) => set({ open }),
}))

/** Unlocked once the PIN (or the phone's biometrics) was right; wrong tries forgotten. */
export function unlock(): void {
  useAppLock.setState({ failures: 0, waitUntil: 0 })
  useUnlocked.getState().set(true)
}

/** Whether the signed-in person's pages of their own are behind the lock now. */
export function useLocked(): boolean {
  const pin = useAppLock((s) => s.pin)
  const accountId = useSession((s) => s.me?.id ?? null)
  const open = useUnlocked((s) => s.open)
  return !!pin && pin.accountId === accountId && !open
}

// Leaving the app (another app, the home screen, the phone locked) locks it again.
Taro.onAppHide(() => useUnlocked.getState().set(false))
