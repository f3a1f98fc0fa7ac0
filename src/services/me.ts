import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const meApi = {
  get: () => api(appRoutes.me),
  setVillage: (villageCode: string) => api(appRoutes.setVillage, { body: { villageCode } }),
  adviser: () => api(appRoutes.myAdviser),
}
