import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const requestsApi = {
  mine: () => api(appRoutes.myRequests),
  progress: (number: string, phoneLast4: string) =>
    api(appRoutes.requestProgress, { params: { number }, query: { phoneLast4 } }),
}
