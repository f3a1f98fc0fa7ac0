import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { idCipherEnv } from '../../scripts/lib/id-cipher-env.mjs'
import { startProcess } from './processes'

/**
 * The folder a PGlite data center leaves after its first start (created, migrated, seeded) and a
 * clean stop, made once per jest run by the product itself, with the ID-number keys it was sealed
 * with. Stacks start on a copy: a first start costs a data center about 5 s of CPU more than a
 * start on existing data, and the server suites start dozens. What a first start does on its own
 * is tested where it matters (tests/server/pglite-dir.test.ts, npm-start.test.ts).
 */
export interface PgliteTemplate {
  dir: string
  keys: Record<string, string>
}

const DIR = 'POCKET_PGLITE_TEMPLATE_DIR'
const KEYS = 'POCKET_PGLITE_TEMPLATE_KEYS'

/** The run's template, when jest's global setup made one (a stack starts on a new folder otherwise). */
export function pgliteTemplate(): PgliteTemplate | null {
  const dir = process.env[DIR]
  const keys = process.env[KEYS]
  return dir && keys ? { dir, keys: JSON.parse(keys) as Record<string, string> } : null
}

/** Jest's global setup: makes the template and tells the workers where it is (they inherit the environment). */
export async function makePgliteTemplate(): Promise<void> {
  if (pgliteTemplate()) return
  const dir = mkdtempSync(join(tmpdir(), 'pocket-pglite-template-'))
  const keys = idCipherEnv()
  const dc = await startProcess('datacenter', {
    DC_PORT: '0',
    DC_HMAC_SECRET: 't'.repeat(64),
    LOG_LEVEL: 'warn',
    PGLITE_DIR: join(dir, 'db'),
    ...keys,
  })
  await dc.stop()
  // The copy of the database made at that clean stop belongs to the template alone.
  rmSync(join(dir, 'db-backups'), { recursive: true, force: true })
  process.env[DIR] = join(dir, 'db')
  process.env[KEYS] = JSON.stringify(keys)
}

/** Jest's global teardown. */
export function removePgliteTemplate(): void {
  const dir = process.env[DIR]
  if (dir) rmSync(join(dir, '..'), { recursive: true, force: true })
  delete process.env[DIR]
  delete process.env[KEYS]
}
