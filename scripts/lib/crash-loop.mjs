// Kills the embedded data center at random moments under write load, again and again, and checks
// that every write it acknowledged is there each time it opens again. Used by `npm run soak`
// (50 rounds) and by a CI test (a few rounds). Needs the server build (server/dist).
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { request } from 'undici'
import { dcSigner } from './dc-signing.mjs'
import { idCipherEnv } from './id-cipher-env.mjs'
import { SERVER_BUNDLES } from './server-bundles.mjs'
import { spawnReady } from './spawn-ready.mjs'

/** A small deterministic generator, so a failing run can be replayed with its seed. */
function random(seed) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}

/**
 * @param {object} o
 * @param {string} o.root repository root
 * @param {string} o.dir PGlite folder (empty or absent at the start)
 * @param {number} o.rounds how many kills
 * @param {number} [o.seed]
 * @param {number} [o.writers] concurrent writers
 * @param {(line: string) => void} [o.log]
 * @returns {Promise<{ rounds: number, acknowledged: number, verified: number, kills: Record<string, number>, seed: number }>}
 */
export async function crashLoop({ root, dir, rounds, seed = Date.now() % 2 ** 31, writers = 4, log = () => {} }) {
  const secret = randomBytes(32).toString('hex')
  const rand = random(seed)
  const env = {
    DC_PORT: '0',
    DC_HMAC_SECRET: secret,
    ...idCipherEnv(),
    PGLITE_DIR: dir,
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    // The writes are what is measured; the library's index is not.
    LIBRARY_WARM_UP: 'false',
  }
  const script = join(root, SERVER_BUNDLES.datacenter)

  let verified = 0
  const sign = await dcSigner(root, secret, 'system:soak')
  const signed = (base, method, path, body) => {
    const text = body === undefined ? '' : JSON.stringify(body)
    const full = `/dc/v1${path}`
    return request(`${base}${full}`, {
      method,
      body: text || undefined,
      headers: { ...(text ? { 'content-type': 'application/json' } : {}), ...sign(method, full, text) },
      headersTimeout: 10_000,
    })
  }
  /** Every id must be an account the reopened data center still has. */
  const checkAll = async (dc, ids, when) => {
    for (const id of ids) {
      const res = await signed(dc.url, 'GET', `/accounts/${id}`)
      await res.body.dump()
      if (res.statusCode !== 200) {
        throw new Error(`${when} (seed ${seed}): acknowledged account ${id} is missing (${res.statusCode})`)
      }
      verified++
    }
  }

  /** Every account the data center said it created. */
  const acknowledged = []
  const kills = { SIGKILL: 0, 'SIGTERM→SIGKILL': 0 }
  let checkedUpTo = 0
  for (let round = 1; round <= rounds; round++) {
    const dc = await spawnReady('datacenter', script, env, { cwd: root, inheritEnv: false, timeoutMs: 60_000 })
    // What the last round acknowledged must all be there after this reopening, and a sample of
    // what earlier rounds did (all of it is checked once more at the end).
    const older = acknowledged.slice(0, checkedUpTo)
    const sample = Array.from({ length: Math.min(50, older.length) }, () => older[Math.floor(rand() * older.length)])
    await checkAll(dc, [...acknowledged.slice(checkedUpTo), ...sample], `round ${round}`).catch(async (err) => {
      await dc.stop()
      throw err
    })
    checkedUpTo = acknowledged.length
    let stopping = false
    const write = async () => {
      while (!stopping) {
        try {
          const res = await signed(dc.url, 'POST', '/accounts/wechat', {
            appId: 'wx-soak',
            openid: `o-${randomBytes(8).toString('hex')}`,
            unionid: null,
          })
          const body = await res.body.json().catch(() => null)
          if (res.statusCode === 200 || res.statusCode === 201) acknowledged.push(body.account.id)
        } catch {
          return // the process is gone: an unanswered write was never acknowledged
        }
      }
    }
    const load = Array.from({ length: writers }, write)
    await new Promise((resolve) => setTimeout(resolve, 150 + rand() * 1200))
    const exited = new Promise((resolve) => dc.child.once('exit', resolve))
    if (rand() < 0.5) {
      kills.SIGKILL++
      dc.child.kill('SIGKILL')
    } else {
      kills['SIGTERM→SIGKILL']++
      dc.child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, rand() * 400))
      if (dc.child.exitCode === null && dc.child.signalCode === null) dc.child.kill('SIGKILL')
    }
    await exited
    stopping = true
    await Promise.all(load)
    log(`round ${round}/${rounds}: ${acknowledged.length} acknowledged so far, ${verified} checks passed`)
  }
  // One last reopening checks the final round's writes too.
  const dc = await spawnReady('datacenter', script, env, { cwd: root, inheritEnv: false, timeoutMs: 60_000 })
  try {
    await checkAll(dc, acknowledged, `after round ${rounds}`)
  } finally {
    await dc.stop()
  }
  return { rounds, acknowledged: acknowledged.length, verified, kills, seed }
}
