import { appRoutes } from '@pocket/contract/app-routes'
import type { PublicityTopic } from '@pocket/contract'
import { api } from './request'

/** 法治宣传: public, no sign-in. */
export const publicityApi = {
  list: (topic?: PublicityTopic) => api(appRoutes.publicityList, { query: { topic } }),
  featured: () => api(appRoutes.publicityFeatured),
  article: (id: string) => api(appRoutes.publicityArticle, { params: { id } }),
}
