import { CALL_STACK_ENV, callsSuite } from '../support/calls-suite'
import { requiredInCi } from '../support/env'
import { startStack } from '../support/stack'

// tests/support/calls-suite.ts across processes: PostgreSQL and two BFF instances on one Redis,
// the two sides on different instances. Its PGlite run is in process (tests/inproc/calls.test.ts).
const databaseUrl = requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL)
const redisUrl = requiredInCi('TEST_REDIS_URL', process.env.TEST_REDIS_URL)

if (databaseUrl && redisUrl) {
  callsSuite('PostgreSQL, two BFF instances over Redis', () =>
    startStack({ backend: 'postgres', instances: 2, redisUrl, ...CALL_STACK_ENV }),
  )
} else {
  it.skip('needs TEST_DATABASE_URL and TEST_REDIS_URL (CI sets both, and fails without them)', () => {})
}
