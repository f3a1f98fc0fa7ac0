import { appRoutes } from '@pocket/contract/app-routes'
import type { LitigationFeeBody, PersonalInjuryBody, WorkInjuryBody } from '@pocket/contract'
import { api } from './request'

/** The legal calculators: public; the data center works them out with the figures it keeps. */
export const calculatorsApi = {
  figures: () => api(appRoutes.calculatorFigures),
  litigationFee: (body: LitigationFeeBody) => api(appRoutes.litigationFee, { body }),
  workInjury: (body: WorkInjuryBody) => api(appRoutes.workInjury, { body }),
  personalInjury: (body: PersonalInjuryBody) => api(appRoutes.personalInjury, { body }),
}
