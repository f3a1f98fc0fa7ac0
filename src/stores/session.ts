import type { AuthSession, Me } from '@pocket/contract'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { clearCache } from '@/services/cache'
import { taroStorage } from './taro-storage'

interface SessionState {
  accessToken: string | null
  refreshToken: string | null
  me: Me | null
  signIn(session: AuthSession): void
  setMe(me: Me): void
  setTokens(accessToken: string, refreshToken: string): void
  signOut(): void
}

/** Who is signed in on this device; survives an app restart. */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      accessToken: null,
      refreshToken: null,
      me: null,
      // Screens saved for offline use belong to one person: a new sign-in or a sign-out forgets them.
      signIn: (s) => {
        clearCache()
        set({ accessToken: s.accessToken, refreshToken: s.refreshToken, me: s.me })
      },
      setMe: (me) => set({ me }),
      setTokens: (accessToken, refreshToken) => set({ accessToken, refreshToken }),
      signOut: () => {
        clearCache()
        set({ accessToken: null, refreshToken: null, me: null })
      },
    }),
    {
      name: 'pocket12348.session',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ accessToken: s.accessToken, refreshToken: s.refreshToken, me: s.me }),
      migrate: (persisted) => persisted as SessionState,
    },
  ),
)
