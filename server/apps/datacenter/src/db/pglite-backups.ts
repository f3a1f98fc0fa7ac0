import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'

const PREFIX = 'pglite-'
const SUFFIX = '.tar.gz'

/**
 * Last-good copies of the embedded database: PGlite's `dumpDataDir` (a gzipped tar of the
 * folder), written to a temporary name and renamed into place so a copy is whole or absent,
 * newest `keep` kept. `npm run db:restore` loads one back.
 */
export class PgliteBackups {
  constructor(
    readonly dir: string,
    private readonly keep: number,
  ) {}

  /** Copies, newest first. */
  list(): string[] {
    let names: string[]
    try {
      names = readdirSync(this.dir)
    } catch {
      return []
    }
    return names
      .filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX))
      .sort()
      .reverse()
      .map((n) => join(this.dir, n))
  }

  async snapshot(client: PGlite): Promise<string> {
    const blob = await client.dumpDataDir('gzip')
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    // A copy cut short (the process was killed while writing it) is never listed; clear it away.
    for (const n of readdirSync(this.dir)) if (n.endsWith('.partial')) unlinkSync(join(this.dir, n))
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')
    const file = join(this.dir, `${PREFIX}${stamp}-${process.pid}${SUFFIX}`)
    const partial = `${file}.partial`
    writeFileSync(partial, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 })
    renameSync(partial, file)
    for (const old of this.list().slice(this.keep)) unlinkSync(old)
    return file
  }

  describe(file: string): string {
    const s = statSync(file)
    return `${file} (${(s.size / 1024 / 1024).toFixed(1)} MB, ${s.mtime.toISOString()})`
  }
}
