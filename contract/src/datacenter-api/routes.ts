import { joinRoutes, type ParsedInput } from '../route.js'
import { dcAccountsRoutes } from './accounts.js'
import { dcAuditRoutes } from './audit.js'
import { dcBookingRoutes } from './booking.js'
import { dcCallbacksRoutes } from './callbacks.js'
import { dcCallsRoutes } from './calls.js'
import { dcCatalogRoutes } from './catalog.js'
import { dcConsultationsRoutes } from './consultations.js'
import { dcContentRulesRoutes } from './content-rules.js'
import { dcDirectoryRoutes } from './directory.js'
import { dcFilesRoutes } from './files.js'
import { dcLegalAidRoutes } from './legal-aid.js'
import { dcNotificationsRoutes } from './notifications.js'
import { dcRatingsRoutes } from './ratings.js'
import { dcRegionsRoutes } from './regions.js'
import { dcSessionsRoutes } from './sessions.js'
import { dcSmsRoutes } from './sms.js'
import { dcWorkbenchRoutes } from './workbench.js'
import { dcLibraryRoutes } from './library.js'
import { dcCalculatorsRoutes } from './calculators.js'
import { dcPublicityRoutes } from './publicity.js'
import { dcComplaintsRoutes } from './complaints.js'

/** The data-center API, served under /dc/v1; every route needs a signature. One table per domain. */
export const dcRoutes = joinRoutes(
  dcSmsRoutes,
  dcAccountsRoutes,
  dcSessionsRoutes,
  dcRegionsRoutes,
  dcDirectoryRoutes,
  dcCatalogRoutes,
  dcAuditRoutes,
  dcWorkbenchRoutes,
  dcBookingRoutes,
  dcRatingsRoutes,
  dcNotificationsRoutes,
  dcFilesRoutes,
  dcLegalAidRoutes,
  dcConsultationsRoutes,
  dcCallsRoutes,
  dcCallbacksRoutes,
  dcContentRulesRoutes,
  dcLibraryRoutes,
  dcCalculatorsRoutes,
  dcPublicityRoutes,
  dcComplaintsRoutes,
)

/** What the handler of data-center route K receives once the route's schemas have parsed the request. */
export type DcInput<K extends keyof typeof dcRoutes> = ParsedInput<(typeof dcRoutes)[K]>
