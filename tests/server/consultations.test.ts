import { consultationsSuite } from '../support/consultations-suite'
import { postgresAndRedis } from '../support/env'
import { startStack } from '../support/stack'

// tests/support/consultations-suite.ts across processes: PostgreSQL and two BFF instances on one Redis,
// each person on both. Its PGlite run is in process (tests/inproc/consultations.test.ts).
const services = postgresAndRedis()

if (services) {
  consultationsSuite('PostgreSQL, two BFF instances over Redis', () =>
    startStack({ backend: 'postgres', instances: 2, redisUrl: services.redisUrl }),
  )
} else {
  it.skip('needs TEST_DATABASE_URL and TEST_REDIS_URL (CI sets both, and fails without them)', () => {})
}
