import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { idCipherEnv } from '../../scripts/lib/id-cipher-env.mjs'
import { SmsGatewayEmulator } from '../emulators/sms-gateway'
import { WechatApiEmulator } from '../emulators/wechat-api'
import type { Backend } from './env'
import { adminQuery, dbTemplates, postgresUrl } from './db-templates'
import { bffTestEnv, freshSecrets, type StackSecrets } from './server-env'
import { discard, startProcess, type Running } from './processes'

export interface StackOptions {
  backend: Backend
  /** BFF instances; more than one needs REDIS_URL. */
  instances?: number
  redisUrl?: string
  extraBffEnv?: Record<string, string>
  extraDcEnv?: Record<string, string>
  /** Run both servers this far from now (tests/support/shifted-clock.mjs). */
  clockOffsetMs?: number
}

export interface Stack {
  dc: Running
  bffs: Running[]
  bffUrl: string
  sms: SmsGatewayEmulator
  wechat: WechatApiEmulator
  secrets: StackSecrets
  /** One more BFF instance on the same settings (and Redis namespace); stopped with the stack. */
  addBff(): Promise<Running>
  /** Stops the data center and starts it again on the same database (`dc` then names the new process). */
  restartDatacenter(): Promise<Running>
  /** One more data-center instance on the same database (PostgreSQL only); stopped with the stack. */
  addDatacenter(): Promise<Running>
  stop(): Promise<void>
}

/** A new PostgreSQL database per stack (a copy of `template` when given), dropped afterwards. */
async function freshPostgres(template: string | null): Promise<{ url: string; drop(): Promise<void> }> {
  if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set')
  const name = `pocket_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`create database ${name}${template ? ` template ${template}` : ''}`)
  return { url: postgresUrl(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) }
}

/** The data center and BFF as real processes, with the SMS and WeChat emulators they talk to. */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const secrets = freshSecrets()
  const sms = await new SmsGatewayEmulator().start()
  const wechat = await new WechatApiEmulator().start()
  const cleanups: (() => Promise<void> | void)[] = [() => sms.stop(), () => wechat.stop()]
  const dbEnv: Record<string, string> = {}
  // A shifted clock seeds its own days: such a stack makes its database itself.
  const template = opts.clockOffsetMs ? null : dbTemplates()
  // A copy of a template carries the template's ID-number keys: its seeded rows are sealed with them.
  if (template) Object.assign(dbEnv, template.keys)
  if (opts.backend === 'postgres') {
    const db = await freshPostgres(template?.postgresDb ?? null)
    dbEnv.DATABASE_URL = db.url
    cleanups.push(() => db.drop())
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'pocket-pglite-'))
    if (template) cpSync(template.pgliteDir, dir, { recursive: true })
    dbEnv.PGLITE_DIR = dir
    cleanups.push(() => {
      for (const path of [dir, `${dir}-backups`, `${dir}.lock`]) rmSync(path, { recursive: true, force: true })
    })
  }
  const uploadDir = mkdtempSync(join(tmpdir(), 'pocket-uploads-'))
  cleanups.push(() => rmSync(uploadDir, { recursive: true, force: true }))
  const clock: Record<string, string> = opts.clockOffsetMs
    ? {
        NODE_OPTIONS: `--import ${pathToFileURL(join(__dirname, 'shifted-clock.mjs')).href}`,
        TEST_CLOCK_OFFSET_MS: String(opts.clockOffsetMs),
      }
    : {}
  const dcEnv = {
    DC_PORT: '0',
    DC_HMAC_SECRET: secrets.dcHmac,
    ...idCipherEnv(),
    LOG_LEVEL: 'warn',
    // Dozens of data centers start per run and few search: none builds the index before it is asked.
    LIBRARY_WARM_UP: 'false',
    ...dbEnv,
    ...clock,
    ...opts.extraDcEnv,
  }
  // A server that fails to start leaves nothing open behind it (the emulators, its database).
  const cleanUp = async () => {
    for (const c of cleanups) await c()
  }
  const dc = await startProcess('datacenter', dcEnv).catch(async (err: unknown) => {
    await cleanUp()
    throw err
  })
  const extraDcs: Running[] = []
  const bffEnv = {
    ...bffTestEnv({ dcUrl: dc.url, secrets, sms, wechat, uploadDir }),
    ...clock,
    // Each stack its own namespace: counters left in the shared Redis by earlier runs must not leak in.
    ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl, REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}:` } : {}),
    ...opts.extraBffEnv,
  }
  const bffs: Running[] = []
  try {
    for (let i = 0; i < (opts.instances ?? 1); i++) bffs.push(await startProcess('bff', bffEnv))
  } catch (err) {
    await Promise.all([...bffs, dc].map((p) => p.stop()))
    await cleanUp()
    throw err
  }
  const stack: Stack = {
    dc,
    bffs,
    bffUrl: bffs[0].url,
    sms,
    wechat,
    secrets,
    addBff: async () => {
      const bff = await startProcess('bff', bffEnv)
      bffs.push(bff)
      return bff
    },
    restartDatacenter: async () => {
      await stack.dc.stop()
      stack.dc = await startProcess('datacenter', dcEnv)
      return stack.dc
    },
    addDatacenter: async () => {
      if (opts.backend !== 'postgres') throw new Error('PGlite is one process: a second data center needs PostgreSQL')
      const more = await startProcess('datacenter', dcEnv)
      extraDcs.push(more)
      return more
    },
    stop: async () => {
      await Promise.all(bffs.map((b) => b.stop()))
      // A PGlite folder is removed next: its data center need not write a last-good copy of it first.
      await Promise.all([stack.dc, ...extraDcs].map((d) => (opts.backend === 'pglite' ? discard(d) : d.stop())))
      await cleanUp()
    },
  }
  return stack
}
