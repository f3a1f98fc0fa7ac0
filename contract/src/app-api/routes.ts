import { joinRoutes, type ParsedInput } from '../route.js'
import { authRoutes } from './auth.js'
import { bookingRoutes } from './booking.js'
import { callbacksRoutes } from './callbacks.js'
import { callsRoutes } from './calls.js'
import { catalogRoutes } from './catalog.js'
import { consultationsRoutes } from './consultations.js'
import { directoryRoutes } from './directory.js'
import { legalAidRoutes } from './legal-aid.js'
import { meRoutes } from './me.js'
import { ratingsRoutes } from './ratings.js'
import { requestsRoutes } from './requests.js'
import { uploadsRoutes } from './uploads.js'
import { workbenchRoutes } from './workbench.js'
import { libraryRoutes } from './library.js'
import { calculatorsRoutes } from './calculators.js'
import { publicityRoutes } from './publicity.js'
import { complaintsRoutes } from './complaints.js'

/** The app API (BFF), served under /api/v1: one table per domain, joined here. */
export const appRoutes = joinRoutes(
  authRoutes,
  meRoutes,
  directoryRoutes,
  catalogRoutes,
  workbenchRoutes,
  bookingRoutes,
  requestsRoutes,
  ratingsRoutes,
  uploadsRoutes,
  legalAidRoutes,
  consultationsRoutes,
  callsRoutes,
  callbacksRoutes,
  libraryRoutes,
  calculatorsRoutes,
  publicityRoutes,
  complaintsRoutes,
)

/** What the handler of app route K receives once the route's schemas have parsed the request. */
export type AppInput<K extends keyof typeof appRoutes> = ParsedInput<(typeof appRoutes)[K]>
