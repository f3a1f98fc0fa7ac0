#!/usr/bin/env node
// npm start: the whole product on embedded defaults (PGlite, in-process bus, H5 served by the BFF).
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfNeeded } from './lib/build-if-needed.mjs'
import { SERVER_BUNDLES } from './lib/server-bundles.mjs'
import { spawnReady } from './lib/spawn-ready.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = join(root, '.data')
mkdirSync(dataDir, { recursive: true, mode: 0o700 })

/** Secrets for this machine, made once and kept, so sign-ins survive a restart. */
function localSecrets() {
  const file = join(dataDir, 'secrets.json')
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  const fresh = () => randomBytes(32).toString('hex')
  // A file from an older version gains the keys it lacks; keys already there are never replaced
  // (the ID-number key above all: data sealed with it would be lost).
  const secrets = { dcHmac: fresh(), jwt: fresh(), idCipherKeys: `k1:${fresh()}`, idLookup: fresh(), ...kept }
  if (Object.keys(secrets).length !== Object.keys(kept).length)
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

const port = process.env.PORT ?? '3000'
// Only this computer can open it unless HOST says otherwise (HOST=0.0.0.0 for a phone on the same network).
const host = process.env.HOST ?? '127.0.0.1'
const dcPort = process.env.DC_PORT ?? '3100'
const secrets = localSecrets()
await buildIfNeeded(root)

const showLine = (line) => line.includes('验证码') || /"level":"(error|fatal)"/.test(line) || line.startsWith('[')
const running = []
// The data center writes its last-good copy as it stops: give it time (a big database takes a while).
const STOP_GRACE_MS = 60_000
let stopping = false
const stopAll = (code) => {
  if (stopping) return
  stopping = true
  return Promise.all(running.map((r) => r.stop(STOP_GRACE_MS))).then(() => process.exit(code))
}
// A TERM to the whole process group (systemd, most supervisors) reaches the servers directly too;
// they stop once however many signals arrive, and so does this script.
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

try {
  const dc = await spawnReady(
    'datacenter',
    SERVER_BUNDLES.datacenter,
    {
      DC_PORT: dcPort,
      DC_HMAC_SECRET: process.env.DC_HMAC_SECRET ?? secrets.dcHmac,
      ID_CIPHER_KEYS: process.env.ID_CIPHER_KEYS ?? secrets.idCipherKeys,
      ID_LOOKUP_KEY: process.env.ID_LOOKUP_KEY ?? secrets.idLookup,
      PGLITE_DIR: process.env.PGLITE_DIR ?? join(dataDir, 'pglite'),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    { cwd: root, show: showLine },
  )
  running.push(dc)
  const bff = await spawnReady(
    'bff',
    SERVER_BUNDLES.bff,
    {
      HOST: host,
      PORT: port,
      DATACENTER_URL: dc.url,
      DC_HMAC_SECRET: process.env.DC_HMAC_SECRET ?? secrets.dcHmac,
      JWT_SECRET: process.env.JWT_SECRET ?? secrets.jwt,
      H5_DIR: join(root, 'dist/h5'),
      UPLOAD_DIR: process.env.UPLOAD_DIR ?? join(dataDir, 'uploads'),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    { cwd: root, show: showLine },
  )
  running.push(bff)
  for (const r of running) r.child.once('exit', (code) => code !== 0 && void stopAll(code ?? 1))
  const url = bff.url.replace(/\/$/, '')
  const boundPort = new URL(url).port
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a.address}:${boundPort}/`)
  const phone =
    host === '127.0.0.1' || host === 'localhost'
      ? `只在本机可打开。用同一网络的手机打开: HOST=0.0.0.0 npm start${lan.length ? `，然后打开 ${lan[0]}` : ''}`
      : `同一网络的手机可打开: ${lan.join('  ') || `http://<本机IP>:${boundPort}/`}`
  process.stdout.write(`
  掌上12348 已启动 (embedded: PGlite in .data/pglite, in-process bus)

    打开        ${url}/
    手机        ${phone}
    App API     ${url}/api/v1  ·  文档 ${url}/api/docs
    数据中心    ${dc.url}/dc/v1  ·  文档 ${dc.url}/dc/docs

  演示账号（手机号 + 短信验证码；验证码会打印在本窗口）:
    居民        13900000001   (任何未登记的手机号都是居民)
    法律顾问    13800000001   马晓梅，负责永宁县闽宁镇各村
    工作人员    13700000001   赵丽，永宁县公共法律服务中心

  按 Ctrl-C 停止。
`)
} catch (err) {
  process.stderr.write(`\n✗ 启动失败: ${err.message}\n`)
  stopAll(1)
}
