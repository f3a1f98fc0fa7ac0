#!/usr/bin/env node
// npm run soak: the embedded data center killed at random moments under write load, SOAK_ROUNDS
// times (default 50), half by SIGKILL and half by SIGTERM then SIGKILL; every reopening must hold
// every acknowledged write. SOAK_SEED replays a run.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfNeeded } from './lib/build-if-needed.mjs'
import { crashLoop } from './lib/crash-loop.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
await buildIfNeeded(root, { h5: false })
const rounds = Number(process.env.SOAK_ROUNDS ?? 50)
const seed = process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) : undefined
const base = mkdtempSync(join(tmpdir(), 'pocket-soak-'))
const started = Date.now()
try {
  const r = await crashLoop({ root, dir: join(base, 'pglite'), rounds, seed, log: (l) => console.log(l) })
  console.log(
    `soak: ${r.rounds} kills (${r.kills.SIGKILL} SIGKILL, ${r.kills['SIGTERM→SIGKILL']} SIGTERM→SIGKILL), ` +
      `${r.acknowledged} acknowledged writes, ${r.verified} checks, all present; seed ${r.seed}; ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
} finally {
  rmSync(base, { recursive: true, force: true })
}
