import { CALL_STACK_ENV, callsSuite } from '../support/calls-suite'
import { startInProcess } from '../support/in-process'

// tests/support/calls-suite.ts in process: PGlite and one BFF (across processes, on PostgreSQL
// and two BFFs on Redis: tests/server/calls.test.ts).
callsSuite('PGlite, one BFF, in process', () => startInProcess(CALL_STACK_ENV))
