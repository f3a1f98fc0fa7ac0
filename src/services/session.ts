import Taro from '@tarojs/taro'
import type { AuthSession, Role } from '@pocket/contract'
import { PAGE, TABS, type PageName } from '@/pages'
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
  // Revoking is best effort: the device forgets the tokens either way.
  if (refreshToken) await authApi.logout(refreshToken).catch(() => undefined)
}

/** Opens a page by name: a tab is switched to, any other page is pushed. */
export function goTo(page: PageName): void {
  if (TABS.includes(page)) void Taro.switchTab({ url: PAGE[page] })
  else void Taro.navigateTo({ url: PAGE[page] })
}

/** Starts over on a page by name (after sign-in or sign-out), with nothing to go back to. */
export function restartAt(page: PageName): void {
  void Taro.reLaunch({ url: PAGE[page] })
}
