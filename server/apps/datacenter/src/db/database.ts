import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import type { LoggerService } from '@nestjs/common'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import type { DcConfig } from '../config.js'
import { openPglite } from './pglite.js'
import { preparedStatementsClient } from './pg-statements.js'
import { withPreparedStatements } from './pglite-statements.js'

/** Both drivers behind one type, so repositories do not care which one runs. */
export type Db = PgDatabase<PgQueryResultHKT>
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export const DB = Symbol('DB')

const migrationsFolder = fileURLToPath(new URL('../../../../../apps/datacenter/drizzle', import.meta.url))

export interface OpenDatabase {
  db: Db
  driver: 'pglite' | 'postgres'
  close(): Promise<void>
}

export async function openDatabase(config: DcConfig, logger: LoggerService): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    // Migrated over a connection of its own, then served with prepared statements.
    const migrating = new pg.Pool({ connectionString: config.DATABASE_URL, max: 1 })
    try {
      await migratePg(drizzlePg(migrating), { migrationsFolder })
    } finally {
      await migrating.end()
    }
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 10, Client: preparedStatementsClient() })
    return { db: drizzlePg(pool) as unknown as Db, driver: 'postgres', close: () => pool.end() }
  }
  if (config.PGLITE_DIR.startsWith('memory://')) {
    const client = await PGlite.create(config.PGLITE_DIR)
    return { db: await migratedPglite(client), driver: 'pglite', close: () => client.close() }
  }
  const pglite = await openPglite(config, logger)
  return { db: await migratedPglite(pglite.client), driver: 'pglite', close: () => pglite.close() }
}

/**
 * Migrated first, then served with prepared statements (which a schema change would outdate).
 * The in-process test tier serves its copies of one seeded template through it too.
 */
export async function migratedPglite(client: PGlite): Promise<Db> {
  await migratePglite(drizzlePglite(client), { migrationsFolder })
  return drizzlePglite(withPreparedStatements(client))
}
