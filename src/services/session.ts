import Taro from '@tarojs/taro'
import type { AuthSession, Role } from '@pocket/contract'
import { useSession } from '@/stores/session'
import { authApi } from './auth'
import { socket } from './socket'

export const HOME_PATH = '/pages/index/index'
export const WORKBENCH_PATH = '/packages/workbench/index/index'
export const LOGIN_PATH = '/pages/login/index'

/** Residents land on 首页; advisers and staff on their workbench. */
export function landingFor(role: Role): string {
  return role === 'resident' ? HOME_PATH : WORKBENCH_PATH
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

export function goTo(path: string): void {
  if (path === HOME_PATH || path === '/pages/mine/index') void Taro.switchTab({ url: path })
  else void Taro.navigateTo({ url: path })
}
