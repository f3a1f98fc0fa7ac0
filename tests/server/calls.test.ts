import { CALL_STACK_ENV, callsSuite } from '../support/calls-suite'
import { postgresAndRedis } from '../support/env'
import { startStack } from '../support/stack'

// tests/support/calls-suite.ts across processes: PostgreSQL and two BFF instances on one Redis,
// the two sides on different instances. Its PGlite run is in process (tests/inproc/calls.test.ts).
const services = postgresAndRedis()

if (services) {
  callsSuite('PostgreSQL, two BFF instances over Redis', () =>
    startStack({ backend: 'postgres', instances: 2, redisUrl: services.redisUrl, ...CALL_STACK_ENV }),
  )
} else {
  it.skip('needs TEST_DATABASE_URL and TEST_REDIS_URL (CI sets both, and fails without them)', () => {})
}
