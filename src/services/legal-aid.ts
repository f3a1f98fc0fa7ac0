import type { LegalAidAction, LegalAidActionBody, LegalAidApplicationBody, LegalAidStatus } from '@pocket/contract'
import { appRoutes } from '@pocket/contract/app-routes'
import { api } from './request'

export const legalAidApi = {
  /** The key stays the same across retries of one application, so a lost reply never files it twice. */
  apply: (body: LegalAidApplicationBody, idempotencyKey: string) =>
    api(appRoutes.applyLegalAid, { headers: { 'idempotency-key': idempotencyKey }, body }),
  get: (number: string) => api(appRoutes.legalAidApplication, { params: { number } }),
}

/** Staff: the applications of their office, and the steps they take. */
export const legalAidDeskApi = {
  list: (status?: LegalAidStatus) => api(appRoutes.staffLegalAid, { query: { status } }),
  act: (number: string, action: LegalAidAction, body: LegalAidActionBody = {}) =>
    api(appRoutes.staffLegalAidAction, { params: { number, action }, body }),
}
