// The in-process tier: the data center and the BFF as Nest applications inside the test's own
// process, made by the same factories their main.ts uses, each data center on an in-memory PGlite
// copied from one seeded template. The BFF still reaches the data center through its
// DataCenterClient (signed, by the contract's route objects and schemas) over loopback, and the
// test still speaks HTTP and WebSocket to the BFF: only the process boundaries are gone.
//
// Nest ships ESM only, which jest cannot load: suites of this tier run on Node's own test runner
// (`node --import tsx --test`, see scripts/test.mjs) and load the compiled server from server/dist
// (tsx cannot emit the decorator metadata Nest injects by).
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PGlite as PGliteClass } from '@electric-sql/pglite'
import type { INestApplication, LoggerService } from '@nestjs/common'
import { idCipherEnv } from '../../scripts/lib/id-cipher-env.mjs'
import { lineLog } from '../../scripts/lib/line-log.mjs'
import { SmsGatewayEmulator } from '../emulators/sms-gateway'
import { WechatApiEmulator } from '../emulators/wechat-api'
import { bffTestEnv, freshSecrets, type StackSecrets } from './server-env'

const dist = (path: string) => pathToFileURL(join(__dirname, '../../server/dist', path)).href

/**
 * What the tier loads from the compiled server: the factories and config loaders main.ts uses.
 * (Typed here by hand: the tests' compiler settings cannot read the server's decorated sources.)
 */
interface Server {
  PGlite: typeof PGliteClass
  createDatacenterApp(
    config: DcConfig,
    database: { db: Db; driver: 'pglite' },
    logger: LoggerService,
  ): Promise<INestApplication>
  loadDcConfig(env: Record<string, string>): DcConfig
  migratedPglite(client: PGliteClass): Promise<Db>
  seedDemoData(db: Db): Promise<boolean>
  loadShippedData(db: Db): Promise<unknown>
  createBffApp(config: BffConfig, logger: LoggerService): Promise<INestApplication>
  loadBffConfig(env: Record<string, string>): BffConfig
}
declare const config: unique symbol
type DcConfig = { readonly [config]: 'datacenter' }
type BffConfig = { readonly [config]: 'bff' }
type Db = { readonly [config]: 'db' }

let server: Promise<Server> | null = null

function loadServer(): Promise<Server> {
  server ??= (async () => {
    // The same ESM instance of PGlite the compiled server imports.
    const { PGlite } = (await import('@electric-sql/pglite')) as { PGlite: typeof PGliteClass }
    const [dcApp, dcConfig, database, seed, shipped, bffApp, bffConfig] = await Promise.all([
      import(dist('apps/datacenter/src/datacenter-app.js')),
      import(dist('apps/datacenter/src/config.js')),
      import(dist('apps/datacenter/src/db/database.js')),
      import(dist('apps/datacenter/src/demo-seed.js')),
      import(dist('apps/datacenter/src/shipped-data.js')),
      import(dist('apps/bff/src/bff-app.js')),
      import(dist('apps/bff/src/config.js')),
    ])
    return {
      PGlite,
      createDatacenterApp: dcApp.createDatacenterApp,
      loadDcConfig: dcConfig.loadDcConfig,
      migratedPglite: database.migratedPglite,
      seedDemoData: seed.seedDemoData,
      loadShippedData: shipped.loadShippedData,
      createBffApp: bffApp.createBffApp,
      loadBffConfig: bffConfig.loadBffConfig,
    }
  })()
  return server
}

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const

/** An application in this process, as a suite reads a server process: its address and what it logged. */
export interface InProcessApp {
  url: string
  /** Everything it logged, as its process would have printed it (a stack trace as lines). */
  output(): string
  /** The first line logged (before or after the call) that matches. */
  waitForLine(match: (line: string) => boolean, ms?: number): Promise<string>
}

/**
 * A logger that keeps what an application logs up to its LOG_LEVEL, as its process would print it
 * but with a stack trace as lines, not escaped, and lets a suite wait for a line.
 */
function recordingLogger(level: string) {
  const upTo = Math.max(0, LEVELS.indexOf(level as (typeof LEVELS)[number]))
  const log = lineLog('the application')
  const keep =
    (at: (typeof LEVELS)[number]) =>
    (...args: unknown[]): void => {
      if (LEVELS.indexOf(at) > upTo) return
      const text = args.map((a) => (a instanceof Error ? a.stack : typeof a === 'string' ? a : JSON.stringify(a)))
      log.add(`${at} ${text.join(' ')}`)
    }
  const logger: LoggerService = {
    fatal: keep('fatal'),
    error: keep('error'),
    warn: keep('warn'),
    log: keep('log'),
    debug: keep('debug'),
    verbose: keep('verbose'),
  }
  const app = (url: string): InProcessApp => ({
    url,
    output: () => log.lines.join('\n'),
    waitForLine: log.waitForLine,
  })
  return { logger, app }
}

let template: Promise<Blob> | null = null

/**
 * The migrated, seeded database, with what the data center ships loaded, every app starts on a copy of: made once per run when the runner
 * names a file for it (POCKET_INPROC_TEMPLATE, set by scripts/test.mjs), once per process otherwise.
 */
function seededTemplate(s: Server): Promise<Blob> {
  const file = process.env.POCKET_INPROC_TEMPLATE
  template ??= (async () => {
    if (file && existsSync(file)) return new Blob([readFileSync(file)])
    const client = await s.PGlite.create('memory://')
    const db = await s.migratedPglite(client)
    await s.seedDemoData(db)
    await s.loadShippedData(db)
    const dump = await client.dumpDataDir('none')
    await client.close()
    if (file) {
      // Two processes may make it at once: each writes its own, the last rename wins, both are whole.
      const mine = `${file}.${process.pid}`
      writeFileSync(mine, Buffer.from(await dump.arrayBuffer()))
      renameSync(mine, file)
    }
    return dump
  })()
  return template
}

export interface InProcessOptions {
  extraBffEnv?: Record<string, string>
  extraDcEnv?: Record<string, string>
}

export interface InProcessStack {
  bffUrl: string
  /** The data center (a suite signs its own requests to it: tests/support/signed.ts). */
  dc: InProcessApp
  /** The BFF, in a list as the process tier's stacks keep theirs. */
  bffs: [InProcessApp]
  sms: SmsGatewayEmulator
  wechat: WechatApiEmulator
  secrets: StackSecrets
  stop(): Promise<void>
}

/** A data center and a BFF in this process, with the SMS and WeChat emulators they talk to. */
export async function startInProcess(opts: InProcessOptions = {}): Promise<InProcessStack> {
  const s = await loadServer()
  const secrets = freshSecrets()
  const [sms, wechat] = await Promise.all([new SmsGatewayEmulator().start(), new WechatApiEmulator().start()])
  const apps: INestApplication[] = []
  const uploadDir = mkdtempSync(join(tmpdir(), 'pocket-uploads-'))
  const client = await s.PGlite.create({ loadDataDir: await seededTemplate(s) })
  const stop = async () => {
    for (const app of apps.reverse()) await app.close()
    await client.close()
    await Promise.all([sms.stop(), wechat.stop()])
    rmSync(uploadDir, { recursive: true, force: true })
  }
  try {
    const dcConfig = s.loadDcConfig({
      DC_PORT: '0',
      DC_HMAC_SECRET: secrets.dcHmac,
      PGLITE_DIR: 'memory://',
      LOG_LEVEL: 'warn',
      ...idCipherEnv(),
      ...opts.extraDcEnv,
    })
    const dcLog = recordingLogger(opts.extraDcEnv?.LOG_LEVEL ?? 'warn')
    const dc = await s.createDatacenterApp(
      dcConfig,
      { db: await s.migratedPglite(client), driver: 'pglite' },
      dcLog.logger,
    )
    apps.push(dc)
    await dc.listen(0, '127.0.0.1')
    const dcUrl = (await dc.getUrl()).replace('[::1]', '127.0.0.1')
    const bffConfig = s.loadBffConfig({
      ...bffTestEnv({ dcUrl, secrets, sms, wechat, uploadDir }),
      ...opts.extraBffEnv,
    })
    const bffLog = recordingLogger(opts.extraBffEnv?.LOG_LEVEL ?? 'warn')
    const bff = await s.createBffApp(bffConfig, bffLog.logger)
    apps.push(bff)
    await bff.listen(0, '127.0.0.1')
    const bffUrl = (await bff.getUrl()).replace('[::1]', '127.0.0.1')
    return { bffUrl, dc: dcLog.app(dcUrl), bffs: [bffLog.app(bffUrl)], sms, wechat, secrets, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
