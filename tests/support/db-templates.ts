import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { idCipherEnv } from '../../scripts/lib/id-cipher-env.mjs'
import { startProcess } from './processes'

/**
 * The databases a data center leaves after its first start (created, migrated, seeded) and a clean
 * stop: one PGlite folder and, where the machine's PostgreSQL is set (TEST_DATABASE_URL, always in
 * CI), one PostgreSQL database. Made once per jest run by the product itself, with the ID-number
 * keys their seeded rows were sealed with. Stacks start on a copy (a folder copy; `create database
 * … template`): a first start costs a data center about 5 s of CPU more than a start on existing
 * data, and the server suites start dozens. Making the templates is itself a first start on each
 * backend; what a first start does beyond that is tested where it matters
 * (tests/server/pglite-dir.test.ts, npm-start.test.ts).
 */
export interface DbTemplates {
  pgliteDir: string
  /** The template database's name, when PostgreSQL is set. */
  postgresDb: string | null
  keys: Record<string, string>
}

const ENV = 'POCKET_DB_TEMPLATES'

/** The run's templates, when jest's global setup made them (a stack starts on a new database otherwise). */
export function dbTemplates(): DbTemplates | null {
  const json = process.env[ENV]
  return json ? (JSON.parse(json) as DbTemplates) : null
}

/** Runs one statement on the machine's PostgreSQL as its administrator. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The admin URL with another database name. */
export function postgresUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '')
  url.pathname = `/${database}`
  return url.toString()
}

/** A data center's first start on a database, to its clean stop. */
async function firstStart(db: Record<string, string>, keys: Record<string, string>): Promise<void> {
  const dc = await startProcess('datacenter', {
    DC_PORT: '0',
    DC_HMAC_SECRET: 't'.repeat(64),
    LOG_LEVEL: 'warn',
    LIBRARY_WARM_UP: 'false',
    ...db,
    ...keys,
  })
  await dc.stop()
}

/** Jest's global setup: makes the templates and tells the workers where they are (they inherit the environment). */
export async function makeDbTemplates(): Promise<void> {
  if (dbTemplates()) return
  const dir = mkdtempSync(join(tmpdir(), 'pocket-db-template-'))
  const keys = idCipherEnv()
  const postgresDb = process.env.TEST_DATABASE_URL ? `pocket_template_${randomBytes(6).toString('hex')}` : null
  if (postgresDb) await adminQuery(`create database ${postgresDb}`)
  await Promise.all([
    firstStart({ PGLITE_DIR: join(dir, 'db') }, keys),
    postgresDb ? firstStart({ DATABASE_URL: postgresUrl(postgresDb) }, keys) : null,
  ])
  // The copy of the database made at that clean stop belongs to the template alone.
  rmSync(join(dir, 'db-backups'), { recursive: true, force: true })
  const templates: DbTemplates = { pgliteDir: join(dir, 'db'), postgresDb, keys }
  process.env[ENV] = JSON.stringify(templates)
}

/** Jest's global teardown. */
export async function removeDbTemplates(): Promise<void> {
  const templates = dbTemplates()
  if (!templates) return
  rmSync(join(templates.pgliteDir, '..'), { recursive: true, force: true })
  if (templates.postgresDb) await adminQuery(`drop database if exists ${templates.postgresDb} with (force)`)
  delete process.env[ENV]
}
