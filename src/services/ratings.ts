import type { RatingBody } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const ratingsApi = {
  rate: (body: RatingBody) => api(appRoutes.rate, { body }),
}
