import type { CallbackBody } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

/** The 12348 hotline's number, dialled from 首页. */
export const HOTLINE = '12348'

export const callbacksApi = {
  request: (body: CallbackBody) => api(appRoutes.requestCallback, { body }),
  waiting: () => api(appRoutes.staffCallbacks, { query: { state: 'waiting' } }),
  take: (number: string) => api(appRoutes.takeCallback, { params: { number } }),
  close: (number: string, outcome: 'called' | 'unreachable') =>
    api(appRoutes.closeCallback, { params: { number }, body: { outcome, note: null } }),
}
