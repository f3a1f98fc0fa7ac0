import { consultationsSuite } from '../support/consultations-suite'
import { startInProcess } from '../support/in-process'

// tests/support/consultations-suite.ts in process: PGlite and one BFF (across processes, on PostgreSQL
// and two BFFs on Redis: tests/server/consultations.test.ts).
consultationsSuite('PGlite, one BFF, in process', () => startInProcess())
