import { messageBatchesSuite } from '../support/message-batches-suite'
import { postgresAndRedis } from '../support/env'
import { startStack } from '../support/stack'

// tests/support/message-batches-suite.ts across processes: PostgreSQL and two BFF instances on one Redis,
// two batches race for one conversation. Its PGlite run is in process (tests/inproc/message-batches.test.ts).
const services = postgresAndRedis()

if (services) {
  messageBatchesSuite('PostgreSQL, two BFF instances over Redis', () =>
    startStack({ backend: 'postgres', instances: 2, redisUrl: services.redisUrl }),
  )
} else {
  it.skip('needs TEST_DATABASE_URL and TEST_REDIS_URL (CI sets both, and fails without them)', () => {})
}
