import Taro from '@tarojs/taro'
import type { AuthSession, Role } from '@pocket/contract'
import { PAGE, TABS, type PageName } from '@/pages'
import { useConsult } from '@/stores/consult'
import { useSession } from '@/stores/session'
import { authApi } from './auth'
import { socket } from './socket'

/** Residents land on 首页; advisers and staff on their workbench. */
export function landingFor(role: Role): PageName {
  return role === 'resident' ? 'home' : 'workbench'
}

export function completeSignIn(session: AuthSession): void {
  useSession.getState().signIn(session)
  socket.start()
}

export async function signOut(): Promise<void> {
  const { refreshToken } = useSession.getState()
  socket.stop()
  useSession.getState().signOut()
  // Unsent messages belong to the person who wrote them, not to whoever signs in next.
  useConsult.getState().clear()
  // Revoking is best effort: the device forgets the tokens either way.
  if (refreshToken) await authApi.logout(refreshToken).catch(() => undefined)
}

/** A page's URL with its parameters (`useRouter().params` reads them back). */
export function urlOf(page: PageName, params?: Record<string, string>): string {
  const qs = params
    ? Object.entries(params)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('&')
    : ''
  return qs ? `${PAGE[page]}?${qs}` : PAGE[page]
}

/** Opens a page by name: a tab is switched to, any other page is pushed (with its parameters). */
export function goTo(page: PageName, params?: Record<string, string>): void {
  if (TABS.includes(page)) void Taro.switchTab({ url: PAGE[page] })
  else void Taro.navigateTo({ url: urlOf(page, params) })
}

/** Replaces the current page (a finished form gives way to its result). */
export function replaceWith(page: PageName, params?: Record<string, string>): void {
  void Taro.redirectTo({ url: urlOf(page, params) })
}

/** Starts over on a page by name (after sign-in or sign-out), with nothing to go back to. */
export function restartAt(page: PageName): void {
  void Taro.reLaunch({ url: PAGE[page] })
}
