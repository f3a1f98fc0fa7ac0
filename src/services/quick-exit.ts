import { leaveApp } from '@/platform/quick-exit'
import { useUnlocked } from '@/stores/app-lock'
import { clearCache } from './cache'

/** 快速离开: locks again, forgets what pages kept to show at once, and leaves for a neutral place. */
export function quickExit(): void {
  useUnlocked.getState().set(false)
  clearCache()
  leaveApp()
}
