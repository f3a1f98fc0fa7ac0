import { appRoutes } from '@pocket/contract/app-routes'
import type { InstitutionsQuery, PeopleQuery } from '@pocket/contract'
import { api } from './request'

export const directoryApi = {
  institutions: (query: InstitutionsQuery) => api(appRoutes.institutions, { query }),
  institution: (id: string) => api(appRoutes.institution, { params: { id } }),
  rating: (id: string) => api(appRoutes.institutionRating, { params: { id } }),
  people: (query: PeopleQuery) => api(appRoutes.people, { query }),
  person: (id: string) => api(appRoutes.person, { params: { id } }),
  regions: (parent?: string) => api(appRoutes.regions, { query: { parent } }),
  catalog: () => api(appRoutes.catalogItems),
}
