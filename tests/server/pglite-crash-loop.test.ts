import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crashLoop } from '../../scripts/lib/crash-loop.mjs'
import { ROOT } from '../support/processes'

describe('the embedded data center killed mid-write reopens with every acknowledged write', () => {
  it('survives SIGKILL and SIGTERM→SIGKILL at random moments (3 rounds here; npm run soak runs 50)', async () => {
    const base = mkdtempSync(join(tmpdir(), 'pocket-crash-'))
    try {
      const seed = Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31)
      const r = await crashLoop({ root: ROOT, dir: join(base, 'pglite'), rounds: 3, seed })
      process.stdout.write(`crash loop: ${JSON.stringify(r)}\n`)
      expect(r.acknowledged).toBeGreaterThan(0)
      expect(r.verified).toBeGreaterThanOrEqual(r.acknowledged)
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })
})
