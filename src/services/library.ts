import { appRoutes } from '@pocket/contract/app-routes'
import type { LibraryStatus } from '@pocket/contract'
import { api } from './request'

/** The law library, example cases and 智能咨询: public, no sign-in. */
export const libraryApi = {
  laws: () => api(appRoutes.libraryLaws),
  search: (q: string, opts: { category?: string; status?: LibraryStatus; offset?: number } = {}) =>
    api(appRoutes.librarySearch, { query: { q, ...opts } }),
  law: (id: string) => api(appRoutes.libraryLaw, { params: { id } }),
  article: (id: string) => api(appRoutes.libraryArticle, { params: { id } }),
  cases: () => api(appRoutes.libraryCases),
  searchCases: (q: string) => api(appRoutes.libraryCaseSearch, { query: { q } }),
  legalCase: (id: string) => api(appRoutes.libraryCase, { params: { id } }),
  ask: (question: string) => api(appRoutes.libraryAsk, { body: { question } }),
}
