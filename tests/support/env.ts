/**
 * What the cross-tier tests need from the machine. In CI a missing piece fails
 * the run and says what is missing; it never turns into a silent skip.
 */
export const IN_CI = process.env.CI === 'true'

export function requiredInCi(name: string, value: string | undefined): string | undefined {
  if (!value && IN_CI) throw new Error(`${name} must be set in CI (see .ci/run)`)
  return value
}

export type Backend = 'pglite' | 'postgres'

/** PGlite always; the machine's PostgreSQL too when TEST_DATABASE_URL is set (always in CI). */
export function databaseBackends(): Backend[] {
  return requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL) ? ['pglite', 'postgres'] : ['pglite']
}

/**
 * The Redis URL for a suite on PostgreSQL and Redis. Both must be set in CI (a missing one fails the
 * run); elsewhere null when either is missing, and the suite is skipped.
 */
export function postgresAndRedis(): { redisUrl: string } | null {
  const databaseUrl = requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL)
  const redisUrl = requiredInCi('TEST_REDIS_URL', process.env.TEST_REDIS_URL)
  return databaseUrl && redisUrl ? { redisUrl } : null
}
