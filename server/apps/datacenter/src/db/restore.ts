import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { dirname } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { loadDbConfig } from '../config.js'
import { DataDirLock, StartupRefusal } from './data-dir-lock.js'
import { backupsFor } from './pglite.js'

/**
 * `npm run db:restore [-- <copy.tar.gz>]`: puts a last-good copy (the newest by default) back as
 * the embedded database. The data center must be stopped (the folder's lock says if it is not);
 * the current folder is never deleted, only moved aside to `<PGLITE_DIR>.replaced-<time>`.
 */
async function restore(): Promise<void> {
  process.umask(0o077)
  const config = loadDbConfig()
  if (config.DATABASE_URL) throw new StartupRefusal('DATABASE_URL is set: restore PostgreSQL with its own tools')
  const dir = config.PGLITE_DIR
  const backups = backupsFor(config)
  const file = process.argv[2] ?? backups.list()[0]
  if (!file || !existsSync(file)) {
    throw new StartupRefusal(`no copy to restore: ${file ?? `none in ${backups.dir}`}`)
  }
  mkdirSync(dirname(dir), { recursive: true, mode: 0o700 })
  const lock = DataDirLock.acquire(dir)
  try {
    let asideAt: string | null = null
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      asideAt = `${dir}.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}`
      renameSync(dir, asideAt)
    }
    const client = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) })
    await client.query('select 1')
    await client.close()
    process.stdout.write(
      `restored ${backups.describe(file)} into ${dir}` +
        `${asideAt ? `; the folder it replaced is kept as ${asideAt}` : ''}\nstart again with: npm start\n`,
    )
  } finally {
    lock.release()
  }
}

restore().catch((err: unknown) => {
  const said = err instanceof StartupRefusal ? err.message : err instanceof Error ? err.stack : String(err)
  process.stderr.write(`[db:restore] ${said}\n`)
  process.exit(1)
})
