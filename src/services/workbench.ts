import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const workbenchApi = {
  summary: () => api(appRoutes.workbenchSummary),
}
