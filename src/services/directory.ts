import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const directoryApi = {
  regions: (parent?: string) => api(appRoutes.regions, { query: { parent } }),
  catalog: () => api(appRoutes.catalogItems),
}
