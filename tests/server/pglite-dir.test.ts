import { randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { idCipherEnv } from '../../scripts/lib/id-cipher-env.mjs'
import { dbTemplates } from '../support/db-templates'
import { discard, runToExit, startProcess, type Running } from '../support/processes'
import { signedCall } from '../support/signed'

const secret = randomBytes(32).toString('hex')
const secrets = { dcHmac: secret, jwt: '', cloudTicket: '' }

/** Every file and folder under `dir` with its permission bits. */
function modes(dir: string): { path: string; mode: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).map((e) => {
    const path = join(e.parentPath, e.name)
    return { path, mode: statSync(path).mode & 0o777 }
  })
}

async function newAccount(dc: Running): Promise<string> {
  const res = await signedCall<{ account: { id: string } }>({ dc, secrets }, 'POST', '/accounts/wechat', {
    body: { appId: 'wx-test', openid: `o-${randomBytes(6).toString('hex')}`, unionid: null },
  })
  if (res.status !== 200 && res.status !== 201) throw new Error(`account: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.account.id
}

/**
 * How long a stop may take before it is a kill: a clean stop writes a last-good copy (about 5 MB
 * gzipped from 41), which on a loaded CI machine took longer than the usual 5 s and was cut short.
 */
const CLEAN_STOP_MS = 60_000

/** `npm run db:restore` without rebuilding: the built command itself. */
const restore = (env: Record<string, string>) => runToExit('apps/datacenter/src/db/restore.js', env)

describe('the embedded database folder is opened by one data center at a time and never lost', () => {
  let root: string
  let env: Record<string, string>
  const running: Running[] = []
  const start = async () => {
    const dc = await startProcess('datacenter', env)
    running.push(dc)
    return dc
  }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pocket-pglite-dir-'))
    env = {
      DC_PORT: '0',
      DC_HMAC_SECRET: secret,
      ...idCipherEnv(),
      PGLITE_DIR: join(root, 'pglite'),
      LOG_LEVEL: 'warn',
    }
  })
  /**
   * The folder a data center left after its first start and a clean stop (the run's template):
   * what every test here but the first start's own begins from. A first start costs about 5 s
   * of CPU more, and what it does is tested where it is the subject.
   */
  const existingFolder = () => {
    const template = dbTemplates()
    if (!template) throw new Error("no PGlite template: jest's global setup makes it (tests/support/global-setup.ts)")
    cpSync(template.pgliteDir, env.PGLITE_DIR, { recursive: true })
    Object.assign(env, template.keys)
  }
  afterEach(async () => {
    // The folder goes next: no last-good copy of it is wanted.
    await Promise.all(running.splice(0).map(discard))
    rmSync(root, { recursive: true, force: true })
  })

  it('a second data center on the same folder stops at once and names the one holding it', async () => {
    existingFolder()
    const first = await start()
    const second = await runToExit('datacenter', env)
    expect(second.code).not.toBe(0)
    expect(second.output).toContain(`in use by process ${first.child.pid}`)
    expect(first.child.exitCode).toBeNull()
    expect((await newAccount(first)).length).toBeGreaterThan(0)
  })

  it('takes over the lock of a data center that is gone', async () => {
    existingFolder()
    const first = await start()
    first.child.kill('SIGKILL')
    await new Promise((resolve) => first.child.once('exit', resolve))
    const lock = JSON.parse(readFileSync(`${env.PGLITE_DIR}.lock`, 'utf8')) as { pid: number }
    expect(lock.pid).toBe(first.child.pid)
    const second = await start()
    expect(second.output()).toContain('taking over the lock')
    expect((await newAccount(second)).length).toBeGreaterThan(0)
  })

  it('makes the database files on a first start private to their owner', async () => {
    await start()
    const open = modes(env.PGLITE_DIR).filter((f) => (f.mode & 0o077) !== 0)
    expect(open).toEqual([])
    expect(statSync(env.PGLITE_DIR).mode & 0o777).toBe(0o700)
  })

  it('stops writing when its folder is replaced, refuses to start on empty data, and restores the last good copy', async () => {
    existingFolder()
    const first = await start()
    const kept = await newAccount(first)
    await first.stop(CLEAN_STOP_MS) // a clean stop writes a last-good copy
    const copies = readdirSync(`${env.PGLITE_DIR}-backups`)
    expect(copies).toHaveLength(1)
    expect(statSync(join(`${env.PGLITE_DIR}-backups`, copies[0])).mode & 0o777).toBe(0o600)

    const second = await start()
    const exited = new Promise<number | null>((resolve) =>
      second.child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
    )
    // Deleted and made again under the same name, as `rm -rf .data && npm start` does.
    rmSync(env.PGLITE_DIR, { recursive: true, force: true })
    mkdirSync(env.PGLITE_DIR)
    await exited
    expect(second.output()).toContain('was removed or replaced under this running data center')
    // It wrote nothing after: the folder was not brought back by a shutdown checkpoint.
    expect(existsSync(join(env.PGLITE_DIR, 'global', 'pg_control'))).toBe(false)

    const third = await runToExit('datacenter', env)
    expect(third.code).not.toBe(0)
    expect(third.output).toContain('not starting on empty data')
    expect(third.output).toContain('npm run db:restore')
    expect(existsSync(join(env.PGLITE_DIR, 'PG_VERSION'))).toBe(false)

    const restored = await restore(env)
    expect(restored.output).toContain('restored')
    expect(restored.code).toBe(0)
    const fourth = await start()
    const res = await signedCall({ dc: fourth, secrets }, 'GET', `/accounts/${kept}`)
    expect(res.status).toBe(200)
  })

  it('does not start when the folder cannot be opened, changes nothing, and says how to restore', async () => {
    existingFolder()
    const first = await start()
    await newAccount(first)
    await first.stop(CLEAN_STOP_MS)
    const control = join(env.PGLITE_DIR, 'global', 'pg_control')
    const broken = Buffer.alloc(statSync(control).size, 7)
    writeFileSync(control, broken)
    const before = readdirSync(env.PGLITE_DIR, { recursive: true }).length
    const second = await runToExit('datacenter', env)
    expect(second.code).not.toBe(0)
    expect(second.output).toContain('could not open the database')
    expect(second.output).toContain('npm run db:restore')
    expect(second.output).not.toMatch(/\n\s+at /)
    expect(readFileSync(control).equals(broken)).toBe(true)
    expect(readdirSync(env.PGLITE_DIR, { recursive: true }).length).toBe(before)
    // The restore command refuses while a data center holds the folder, then puts the copy back.
    const restored = await restore(env)
    expect(restored.code).toBe(0)
    expect(readdirSync(root).some((n) => n.startsWith('pglite.replaced-'))).toBe(true)
    await start()
  })
})
