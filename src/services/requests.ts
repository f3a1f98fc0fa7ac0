import type { RequestKind } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { t } from '@/i18n'
import { api } from './request'
import { goTo } from './session'

export const requestsApi = {
  mine: () => api(appRoutes.myRequests),
  progress: (number: string, phoneLast4: string) =>
    api(appRoutes.requestProgress, { params: { number }, query: { phoneLast4 } }),
}

/** A request's title: what the data center names it (a booking's service), else its kind's name. */
export function requestTitle(r: { kind: RequestKind; title: string }): string {
  return r.title || t(`requests.kind.${r.kind}`)
}

/** Opens a request of mine on its own page (a booking's, an application's). */
export function openRequest(r: { kind: RequestKind; number: string }): void {
  if (r.kind === 'appointment') goTo('appointment', { number: r.number })
  else if (r.kind === 'legal_aid') goTo('legalAidApplication', { number: r.number })
  else if (r.kind === 'complaint') goTo('complaint', { number: r.number })
  else goTo('progress', { number: r.number })
}
