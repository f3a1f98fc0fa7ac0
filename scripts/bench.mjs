#!/usr/bin/env node
// npm run bench: the BFF's budgets from DESIGN.md, measured on this machine against a baseline
// taken in the same run (the data center answering the same read directly).
//   - proxied read p99 ≤ 20 ms (GET /api/v1/catalog/items through the BFF, at BENCH_RATE req/s)
//   - 10,000 idle WebSockets on one instance in ≤ 300 MB RSS
//   - one socket that never reads, flooding 8,000 large queries: ≤ 50 MB RSS growth, closed 4408
//   - chat at BENCH_CHAT_RATE (1,000) msg/s across two BFF instances over Redis: send→ack p99 ≤ 50 ms,
//     send→delivery p99 ≤ 100 ms, none lost; baseline: a plain `ws` relay under the same load; with
//     the CPU each process of the chain used; BENCH_CHAT_RUNS (3) runs, each printed, judged by the median
//   - 20 H5 video calls: accept → connected, median and p95; baseline: bare WebRTC between the same pages
//   - the library (scripts/lib/library-bench.mjs): import ≤ 60 s on PGlite; hit@1, hit@5 (≥ 80%) and
//     MRR on the labelled questions; search and Q&A p95 ≤ 20 ms at the data center, ≤ 30 ms through
//     the BFF; the search rule at 100,000 articles p95 ≤ 50 ms
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { Pool } from 'undici'
import WebSocket from 'ws'
import { buildIfNeeded } from './lib/build-if-needed.mjs'
import { SERVER_BUNDLES } from './lib/server-bundles.mjs'
import { benchCalls } from './lib/call-bench.mjs'
import { benchLibrary } from './lib/library-bench.mjs'
import { chatLoad, median } from './lib/chat-load.mjs'
import { dcSigner } from './lib/dc-signing.mjs'
import { idCipherEnv } from './lib/id-cipher-env.mjs'
import { spawnReady } from './lib/spawn-ready.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// BENCH_ONLY=chat (or read, bookings, sockets, calls, library; comma-separated) measures only those sections.
const only = new Set((process.env.BENCH_ONLY ?? 'read,bookings,chat,sockets,calls,library').split(','))
await buildIfNeeded(root, { h5: only.has('calls') })

// Latency is measured open-loop at a steady rate (what a phone fleet sends), not at saturation,
// where a closed loop measures only queueing; saturation throughput is reported separately.
const RATE = Number(process.env.BENCH_RATE ?? 300)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONCURRENCY = 16
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000)
const secret = randomBytes(32).toString('hex')
const jwtSecret = randomBytes(32).toString('hex')
const CHAT_RATE = Number(process.env.BENCH_CHAT_RATE ?? 1000)
// 15,000 messages: the p99 is then the 150th-slowest, not decided by one pause of one process.
const CHAT_SECONDS = Number(process.env.BENCH_CHAT_SECONDS ?? 15)
// On a shared 2-core VM one run in eight or so lands in a phase where the machine runs at half
// speed (every figure of the run doubles, the baseline's too little to show it): the budget is
// judged by the median of several runs, and every run is printed.
const CHAT_RUNS = Number(process.env.BENCH_CHAT_RUNS ?? 3)
const CHAT_SENDERS = 20
const CALLS = Number(process.env.BENCH_CALLS ?? 20)
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const dataDir = mkdtempSync(join(tmpdir(), 'pocket-bench-'))
const env = { LOG_LEVEL: 'error', DC_HMAC_SECRET: secret, ...idCipherEnv() }

// PGlite by default; BENCH_DATABASE_URL points the data center at a PostgreSQL database instead.
const dbEnv = process.env.BENCH_DATABASE_URL
  ? { DATABASE_URL: process.env.BENCH_DATABASE_URL }
  : { PGLITE_DIR: dataDir }
const dc = await spawnReady('datacenter', SERVER_BUNDLES.datacenter, { ...env, DC_PORT: '0', ...dbEnv }, { cwd: root })
/** A BFF on this data center, sharing the sign-in secret, with no rate limit in the way of the load. */
const startBff = (extra) =>
  spawnReady(
    'bff',
    SERVER_BUNDLES.bff,
    {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATACENTER_URL: dc.url,
      JWT_SECRET: jwtSecret,
      RATE_LIMIT_PER_MINUTE: '100000000',
      WS_FRAMES_PER_SECOND: '1000000',
      WS_FRAME_BURST: '1000000',
      UPLOAD_DIR: join(dataDir, 'uploads'),
      ...extra,
    },
    { cwd: root },
  )
// A BFF that fails to start must not leave the data center behind.
const bff = await startBff({
  SMS_SEND_PER_IP_PER_HOUR: '100000',
  // The idle-socket figure holds 10,000 sockets of one account; the slow-consumer figure
  // floods one socket, so only its send-buffer cap (default 1 MB) may stop it.
  WS_SOCKETS_PER_ACCOUNT: '20000',
}).catch(async (err) => {
  await dc.stop()
  rmSync(dataDir, { recursive: true, force: true })
  throw err
})

const sign = await dcSigner(root, secret, 'system:bench')
const signedHeaders = (path) => sign('GET', path)

async function measure(origin, path, headers) {
  const pool = new Pool(origin, { connections: CONCURRENCY * 4 })
  const once = async () => {
    const t = performance.now()
    const res = await pool.request({ method: 'GET', path, headers: headers(path) })
    await res.body.dump()
    if (res.statusCode !== 200) throw new Error(`${origin}${path} answered ${res.statusCode}`)
    return performance.now() - t
  }
  const closedLoop = async (n) => {
    const times = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < n) times.push(await once())
      }),
    )
    return n / ((performance.now() - started) / 1000)
  }
  const openLoop = async () => {
    const total = RATE * SECONDS
    const started = performance.now()
    const pending = []
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / RATE
      const wait = due - performance.now()
      if (wait > 1) await new Promise((r) => setTimeout(r, wait))
      pending.push(once())
    }
    return (await Promise.all(pending)).sort((a, b) => a - b)
  }
  await closedLoop(300) // warm-up: JIT, connections, caches
  const times = await openLoop()
  const rps = await closedLoop(2000)
  await pool.close()
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
  return { p50: pct(50), p99: pct(99), rps }
}

/** CPU time a process has used so far (user + system), in milliseconds (Linux clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))
  return Number(/(\d+)/.exec(line)[1]) / 1024
}

async function idleSockets(url, token) {
  const sockets = []
  const open = () =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` }, perMessageDeflate: false })
      ws.once('message', () => resolve(ws))
      ws.once('error', reject)
      ws.once('close', (code) => reject(new Error(`closed ${code}`)))
    })
  for (let i = 0; i < SOCKETS; i += 200) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(200, SOCKETS - i) }, open))))
  }
  return sockets
}

const { addDays, localDateOf, weekdayOf } = await import(join(root, 'contract/dist/time.js'))
const BOOKERS = 8
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 400)
const HALF_HOURS = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:30', '15:00']

/** The second working weekday from today on Beijing time: inside every item's booking window. */
function benchDate() {
  let date = localDateOf(Date.now())
  for (let found = 0; found < 2;) {
    date = addDays(date, 1)
    if (weekdayOf(date) <= 5) found++
  }
  return date
}

/**
 * Bookings through the BFF against the data center directly: BOOKERS residents, each on its own
 * slot, book and cancel in turn (a cancel frees the seat and the one-a-day rule for the next
 * booking); only the booking is timed.
 */
async function benchBookings(signIn) {
  const date = benchDate()
  const residents = []
  for (let i = 0; i < BOOKERS; i++) residents.push(await signIn(`1390000${String(8800 + i)}`))
  const body = (i) => ({
    institutionId: 'inst-xq-center',
    itemCode: 'legal-consult',
    date,
    start: HALF_HOURS[i],
    topic: '压测',
    note: '',
    contactPhone: '13900008800',
  })
  const viaBff = {
    book: (i) =>
      fetch(`${bff.url}/api/v1/appointments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${residents[i].accessToken}`,
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(body(i)),
      }),
    cancel: (i, number) =>
      fetch(`${bff.url}/api/v1/appointments/${number}/cancel`, {
        method: 'POST',
        headers: { authorization: `Bearer ${residents[i].accessToken}` },
      }),
  }
  const signers = await Promise.all(residents.map((r) => dcSigner(root, secret, `account:${r.me.id}`, 'resident')))
  const direct = {
    book: (i) => {
      const text = JSON.stringify({ ...body(i), channel: 'web', idempotencyKey: randomUUID() })
      return fetch(`${dc.url}/dc/v1/appointments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signers[i]('POST', '/dc/v1/appointments', text) },
        body: text,
      })
    },
    cancel: (i, number) => {
      const path = `/dc/v1/appointments/${number}/cancel`
      return fetch(`${dc.url}${path}`, { method: 'POST', headers: signers[i]('POST', path) })
    },
  }
  const run = async (api, total) => {
    const times = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      residents.map(async (_, i) => {
        while (next++ < total) {
          const t = performance.now()
          const res = await api.book(i)
          times.push(performance.now() - t)
          const a = await res.json()
          if (res.status !== 201) throw new Error(`booking answered ${res.status}: ${JSON.stringify(a)}`)
          const c = await api.cancel(i, a.number)
          await c.arrayBuffer()
          if (c.status !== 200) throw new Error(`cancel answered ${c.status}`)
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    times.sort((a, b) => a - b)
    const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
    return { perSecond: total / seconds, p50: pct(50), p99: pct(99) }
  }
  process.stdout.write(`\nbookings: ${BOOKERS} residents book and cancel in turn, ${BOOKINGS} bookings each way\n`)
  await run(direct, 40) // warm-up
  await run(viaBff, 40)
  const base = await run(direct, BOOKINGS)
  const proxied = await run(viaBff, BOOKINGS)
  row('baseline: data center direct, bookings per second', base.perSecond, null, '/s')
  row('baseline: data center direct, booking p99', base.p99, null, 'ms')
  row('through the BFF, bookings per second', proxied.perSecond, null, '/s')
  row('through the BFF, booking p50', proxied.p50, null, 'ms')
  row('through the BFF, booking p99', proxied.p99, null, 'ms')
  row('BFF overhead at p99 (BFF p99 − baseline p99)', proxied.p99 - base.p99, null, 'ms')
}

/** Two more BFF instances on one Redis, sharing the sign-in secret, for the chat figures. */
async function chatInstances() {
  const prefix = `bench-${randomBytes(4).toString('hex')}:`
  const start = () => startBff({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })
  const a = await start()
  const b = await start().catch(async (err) => {
    await a.stop()
    throw err
  })
  return [a, b]
}

function openSocket(url, token) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(
      url,
      token ? { headers: { authorization: `Bearer ${token}` }, perMessageDeflate: false } : {},
    )
    ws.once('error', reject)
    ws.once('close', (code) => reject(new Error(`closed ${code}`)))
    if (!token) ws.once('open', () => resolve(ws))
    else ws.once('message', () => resolve(ws))
  })
}

async function benchChat(signIn) {
  process.stdout.write(
    `\nchat: ${CHAT_SENDERS} villagers on BFF A send ${CHAT_RATE} msg/s for ${CHAT_SECONDS} s (open loop) to their adviser on BFF B, over Redis; ${CHAT_RUNS} runs, each after a relay run\n`,
  )
  const [a, b] = await chatInstances()
  const sockets = []
  const relay = await spawnReady('relay', 'scripts/lib/ws-relay.mjs', {}, { cwd: root })
  try {
    const senders = []
    for (let i = 0; i < CHAT_SENDERS; i++) {
      const session = await signIn(`1399000${String(i).padStart(4, '0')}`)
      const token = session.accessToken
      const json = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
      await fetch(`${bff.url}/api/v1/me/village`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ villageCode: '640121104201' }),
      })
      const c = await (
        await fetch(`${bff.url}/api/v1/consultations`, {
          method: 'POST',
          headers: { authorization: json.authorization },
        })
      ).json()
      if (!c.id) throw new Error(`could not open a consultation: ${JSON.stringify(c)}`)
      senders.push({ ws: await openSocket(`${a.url.replace('http', 'ws')}/ws`, token), consultationId: c.id })
    }
    const adviser = await signIn('13800000001')
    const receiver = await openSocket(`${b.url.replace('http', 'ws')}/ws`, adviser.accessToken)
    sockets.push(...senders.map((s) => s.ws), receiver)

    const relaySenders = []
    for (const s of senders)
      relaySenders.push({
        ws: await openSocket(`${relay.url.replace('http', 'ws')}/`),
        consultationId: s.consultationId,
      })
    const relayReceiver = await openSocket(`${relay.url.replace('http', 'ws')}/?role=receiver`)
    sockets.push(...relaySenders.map((s) => s.ws), relayReceiver)

    // Warm-up of both at the measured rate (JIT, connections, the data center's caches and
    // prepared statements), then the measured runs: at a fifth of the rate, code that only runs
    // hot under load was still being optimised while it was measured.
    const warm = { rate: CHAT_RATE, seconds: 2 }
    await chatLoad({ senders: relaySenders, receiver: relayReceiver, ...warm, tag: 'warm-relay' })
    await chatLoad({ senders, receiver, ...warm, tag: 'warm-bff' })
    const pids = [dc.child.pid, a.child.pid, b.child.pid, process.pid]
    const cpu = pids.map(() => 0)
    let measuredMs = 0
    const runs = []
    for (let r = 1; r <= CHAT_RUNS; r++) {
      const load = { rate: CHAT_RATE, seconds: CHAT_SECONDS }
      const base = await chatLoad({ senders: relaySenders, receiver: relayReceiver, ...load, tag: `relay${r}` })
      const before = pids.map(cpuMs)
      const started = performance.now()
      const real = await chatLoad({ senders, receiver, ...load, tag: `bff${r}` })
      measuredMs += performance.now() - started
      pids.forEach((pid, i) => (cpu[i] += cpuMs(pid) - before[i]))
      runs.push({ base, real })
      process.stdout.write(
        `  run ${r}: relay ack p99 ${base.ackP99.toFixed(2)} ms; BFFs ack p50 ${real.ackP50.toFixed(2)}, p99 ${real.ackP99.toFixed(2)}, delivery p50 ${real.deliveryP50.toFixed(2)}, p99 ${real.deliveryP99.toFixed(2)} ms\n`,
      )
    }
    /** A figure's median over the runs, each figure on its own. */
    const mid = (side, key) => median(runs.map((r) => r[side][key]))
    const total = (key) => runs.reduce((n, r) => n + r.real[key], 0)
    const [dcCpu, aCpu, bCpu, driverCpu] = cpu.map((ms) => (100 * ms) / measuredMs)
    process.stdout.write(`  the median of the ${CHAT_RUNS} runs:\n`)
    row('baseline: plain ws relay, send→ack p50', mid('base', 'ackP50'), null, 'ms')
    row('baseline: plain ws relay, send→ack p99', mid('base', 'ackP99'), null, 'ms')
    row('baseline: plain ws relay, send→delivery p99', mid('base', 'deliveryP99'), null, 'ms')
    row('two BFFs over Redis, send→ack p50', mid('real', 'ackP50'), null, 'ms')
    row('two BFFs over Redis, send→ack p99 (stored first)', mid('real', 'ackP99'), 50, 'ms')
    row('two BFFs over Redis, send→delivery p50', mid('real', 'deliveryP50'), null, 'ms')
    row('two BFFs over Redis, send→delivery p99', mid('real', 'deliveryP99'), 100, 'ms')
    row('rate achieved by the sender (slowest run)', Math.min(...runs.map((r) => r.real.achieved)), null, 'msg/s')
    row('messages lost (never acked nor refused), all runs', total('lost'), 0, '')
    row('messages refused, all runs', total('refused'), 0, '')
    row('CPU of the data center', dcCpu, null, '% of a core')
    row("CPU of BFF A (the villagers' sockets)", aCpu, null, '% of a core')
    row("CPU of BFF B (the adviser's socket)", bCpu, null, '% of a core')
    row('CPU of the load driver', driverCpu, null, '% of a core')
  } finally {
    for (const s of sockets) s.terminate()
    await relay.stop()
    await a.stop()
    await b.stop()
  }
}

let failed = false
const row = (name, value, budget, unit) => {
  const over = budget !== null && value > budget
  failed ||= over
  const mark = budget === null ? ' ' : over ? '✗' : '✓'
  process.stdout.write(
    `${mark} ${name.padEnd(52)} ${value.toFixed(unit === 'ms' ? 2 : 0).padStart(9)} ${unit}${budget === null ? '' : `  (budget ${budget} ${unit})`}\n`,
  )
}

async function benchRead() {
  process.stdout.write(
    `\nproxied read: GET at ${RATE} req/s for ${SECONDS} s (open loop); saturation at concurrency ${CONCURRENCY}\n`,
  )
  const base = await measure(dc.url, '/dc/v1/catalog/items', signedHeaders)
  const proxied = await measure(bff.url, '/api/v1/catalog/items', () => ({}))
  row('baseline: data center direct, p50', base.p50, null, 'ms')
  row('baseline: data center direct, p99', base.p99, null, 'ms')
  row('through the BFF, p50', proxied.p50, null, 'ms')
  row('through the BFF, p99', proxied.p99, 20, 'ms')
  row('BFF overhead at p99 (BFF p99 − baseline p99)', proxied.p99 - base.p99, null, 'ms')
  row('saturation throughput through the BFF', proxied.rps, null, 'req/s')
  row('saturation throughput, data center direct', base.rps, null, 'req/s')
}

/** Signs in by SMS on a BFF (the main one unless told), reading the code from its log. */
/**
 * A session for `phone`, signed in by SMS once per run: a second code for the same phone within
 * the resend interval is refused, and every BFF of the run accepts the same tokens.
 */
const sessions = new Map()
async function signIn(phone, server = bff) {
  const known = sessions.get(phone)
  if (known) return known
  await fetch(`${server.url}/api/v1/auth/sms/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone }),
  })
  const code = new RegExp(`${phone}: \\D*(\\d{6})`).exec(server.output())?.[1]
  const res = await fetch(`${server.url}/api/v1/auth/sms/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code }),
  })
  const session = await res.json()
  if (!session.accessToken) throw new Error(`could not sign in ${phone}: ${JSON.stringify(session)}`)
  sessions.set(phone, session)
  return session
}

/** Memory: 10,000 idle sockets on one instance, then one socket that never reads. */
async function benchSockets() {
  // A signed-in resident, for the sockets.
  const session = await signIn('13999999999')
  const before = rssMb(bff.child.pid)
  process.stdout.write(`\nidle WebSockets: opening ${SOCKETS} to one BFF instance\n`)
  const sockets = await idleSockets(`${bff.url.replace('http', 'ws')}/ws`, session.accessToken)
  await new Promise((r) => setTimeout(r, 2000))

  const after = rssMb(bff.child.pid)
  row('BFF RSS before the sockets', before, null, 'MB')
  row(`BFF RSS with ${sockets.length} idle sockets`, after, 300, 'MB')
  row('per socket', ((after - before) * 1024) / sockets.length, null, 'KB')
  for (const s of sockets) s.terminate()

  // One resident who never reads, asking for 8,000 large answers (~19 KB each): the attack that
  // once grew the BFF by 105 MB. The send buffer cap must close it and keep memory flat.
  const FLOOD = 8000
  process.stdout.write(`\nslow consumer: one socket that never reads sends ${FLOOD} presence queries\n`)
  await new Promise((r) => setTimeout(r, 1000))
  const calm = rssMb(bff.child.pid)
  const slow = new WebSocket(`${bff.url.replace('http', 'ws')}/ws`, {
    headers: { authorization: `Bearer ${session.accessToken}` },
    perMessageDeflate: false,
  })
  await new Promise((resolve) => slow.once('message', resolve))
  slow._socket.pause()
  const closed = new Promise((resolve) => slow.once('close', (code) => resolve(code)))
  const ids = Array.from({ length: 200 }, (_, i) => `${'x'.repeat(56)}${String(i).padStart(8, '0')}`)
  const frame = JSON.stringify({ event: 'presence', data: { accountIds: ids } })
  let peak = calm
  for (let i = 0; i < FLOOD; i++) {
    slow.send(frame)
    if (i % 500 === 0) {
      await new Promise((r) => setTimeout(r, 0))
      peak = Math.max(peak, rssMb(bff.child.pid))
    }
  }
  await new Promise((resolve) => slow.send('{"event":"ping","data":{"t":0}}', resolve))
  await new Promise((r) => setTimeout(r, 1500))
  peak = Math.max(peak, rssMb(bff.child.pid))
  slow._socket.resume()
  const closeCode = await closed
  row('BFF RSS growth while flooded (peak − before)', peak - calm, 50, 'MB')
  row(`closed with code (${closeCode === 4408 ? 'slow consumer' : 'unexpected'})`, closeCode, null, '')
  failed ||= closeCode !== 4408
}

/** 20 H5 calls between a villager of the demo village and its adviser, on a BFF serving dist/h5. */
async function benchCallSetup() {
  const served = await startBff({ H5_DIR: join(root, 'dist/h5'), CALL_INVITES_PER_MINUTE: '1000' })
  try {
    const villager = await signIn('13999990001', served)
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${villager.accessToken}` }
    const me = await fetch(`${served.url}/api/v1/me/village`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ villageCode: '640121104201' }),
    })
    villager.me = await me.json()
    await (await fetch(`${served.url}/api/v1/consultations`, { method: 'POST', headers })).arrayBuffer()
    const adviser = await signIn('13800000001', served)
    await benchCalls({ bffUrl: served.url, villager, adviser, calls: CALLS, row })
  } finally {
    await served.stop()
  }
}

try {
  if (only.has('read')) await benchRead()
  if (only.has('bookings')) await benchBookings(signIn)
  if (only.has('chat')) await benchChat(signIn)
  if (only.has('sockets')) await benchSockets()
  if (only.has('calls')) await benchCallSetup()
  if (only.has('library')) await benchLibrary({ root, dcUrl: dc.url, bffUrl: bff.url, sign, row })
} finally {
  await bff.stop()
  await dc.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.stdout.write(failed ? '\n✗ over budget\n' : '\n✓ within budget\n')
process.exit(failed ? 1 : 0)
