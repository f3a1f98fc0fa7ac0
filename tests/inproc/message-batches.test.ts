import { messageBatchesSuite } from '../support/message-batches-suite'
import { startInProcess } from '../support/in-process'

// tests/support/message-batches-suite.ts in process: PGlite and one BFF (across processes, on PostgreSQL
// and two BFFs on Redis: tests/server/message-batches.test.ts).
messageBatchesSuite('PGlite, one BFF, in process', () => startInProcess())
