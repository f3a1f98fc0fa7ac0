import { appRoutes } from '@pocket/contract/app-routes'
import { useSession } from '@/stores/session'
import { api } from './request'

export const meApi = {
  get: () => api(appRoutes.me),
  setVillage: (villageCode: string) => api(appRoutes.setVillage, { body: { villageCode } }),
  adviser: () => api(appRoutes.myAdviser),
  setNotices: (discreet: boolean) => api(appRoutes.setNotices, { body: { discreet } }),
}

let refreshing: Promise<void> | null = null

/**
 * Who the signed-in person is, read afresh into the session (a village chosen on another phone).
 * Callers at the same moment (the app launching onto 首页) share one request; a failure keeps the
 * stored copy.
 */
export function refreshMe(): Promise<void> {
  if (!useSession.getState().accessToken) return Promise.resolve()
  refreshing ??= meApi
    .get()
    .then((me) => useSession.getState().setMe(me))
    .catch(() => undefined)
    .finally(() => (refreshing = null))
  return refreshing
}
