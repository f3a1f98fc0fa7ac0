import { describeError } from '#common'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { LoggerService } from '@nestjs/common'
import type { DbConfig, DcConfig } from '../config.js'
import { DataDirLock, StartupRefusal } from './data-dir-lock.js'
import { PgliteBackups } from './pglite-backups.js'

export function backupsFor(config: DbConfig): PgliteBackups {
  return new PgliteBackups(config.PGLITE_BACKUP_DIR ?? `${config.PGLITE_DIR}-backups`, config.PGLITE_BACKUPS)
}

const RESTORE_HINT = 'npm run db:restore'

function isEmpty(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0
}

/** PGlite's initial files come out of a tarball as 0666: make the folder the owner's alone. */
function makePrivate(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      chmodSync(path, 0o700)
      makePrivate(path)
    } else if (entry.isFile() && (statSync(path).mode & 0o077) !== 0) {
      chmodSync(path, 0o600)
    }
  }
}

/**
 * Stops this process at once, without letting PGlite write anything more: its folder was
 * removed or replaced, and a shutdown checkpoint would write this database's pg_control into
 * whatever folder now has that name (which is how a second `npm start` destroyed the first).
 */
function stopWithoutWriting(dir: string): never {
  writeSync(
    2,
    `${JSON.stringify({
      level: 'fatal',
      context: 'database',
      message: `the database folder ${dir} was removed or replaced under this running data center; stopping without writing to it`,
    })}\n`,
  )
  process.kill(process.pid, 'SIGKILL')
  throw new Error('unreachable')
}

export interface OpenPglite {
  client: PGlite
  /** Takes a last-good copy now. */
  snapshot(): Promise<string>
  /** A clean stop: a last-good copy, PGlite's own close, the lock released. */
  close(): Promise<void>
}

/**
 * Opens the embedded database safely: one process per folder (DataDirLock), never a fresh
 * database where there was data that failed to open or was lost while copies exist, files
 * private to the owner, a last-good copy at every clean stop and every PGLITE_BACKUP_MINUTES.
 */
export async function openPglite(config: DcConfig, logger: LoggerService): Promise<OpenPglite> {
  const dir = config.PGLITE_DIR
  const backups = backupsFor(config)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const lock = DataDirLock.acquire(dir, (stale) =>
    logger.warn?.({ msg: 'taking over the lock of a data center that is gone', pid: stale.pid, since: stale.since }),
  )
  try {
    const fresh = isEmpty(dir)
    const copies = backups.list()
    if (fresh && copies.length > 0) {
      throw new StartupRefusal(
        `the database folder ${dir} is empty, but last-good copies exist in ${backups.dir}; ` +
          `not starting on empty data. Restore the newest with "${RESTORE_HINT}" ` +
          `(newest: ${backups.describe(copies[0])}), or move ${backups.dir} away to start with a new database.`,
      )
    }
    let client: PGlite
    try {
      client = await PGlite.create(dir)
    } catch (err) {
      const version = existsSync(join(dir, 'PG_VERSION')) ? readFileSync(join(dir, 'PG_VERSION'), 'utf8').trim() : '?'
      throw new StartupRefusal(
        `could not open the database in ${dir} (PostgreSQL ${version}): ${String(err)}. Nothing in the folder was ` +
          `changed or removed. ${
            copies.length > 0
              ? `Restore the last good copy with "${RESTORE_HINT}" (newest: ${backups.describe(copies[0])}); ` +
                `the folder is kept beside it as ${dir}.replaced-<time>.`
              : `No last-good copy exists in ${backups.dir}.`
          }`,
      )
    }
    makePrivate(dir)
    lock.pin()
    lock.watch(() => stopWithoutWriting(dir))
    const timer =
      config.PGLITE_BACKUP_MINUTES > 0
        ? setInterval(
            () =>
              void backups.snapshot(client).then(
                (file) => logger.log({ msg: 'last-good copy written', file }),
                (err: unknown) => logger.warn?.({ msg: 'could not write a last-good copy', error: describeError(err) }),
              ),
            config.PGLITE_BACKUP_MINUTES * 60_000,
          )
        : undefined
    timer?.unref()
    return {
      client,
      snapshot: () => backups.snapshot(client),
      close: async () => {
        clearInterval(timer)
        if (!lock.intact()) stopWithoutWriting(dir)
        try {
          const file = await backups.snapshot(client)
          logger.log({ msg: 'last-good copy written', file })
        } catch (err) {
          logger.warn?.({ msg: 'could not write a last-good copy', error: describeError(err) })
        }
        await client.close()
        lock.release()
      },
    }
  } catch (err) {
    lock.release()
    throw err
  }
}
