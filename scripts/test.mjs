#!/usr/bin/env node
// npm test: lint, typecheck, build every target, check size budgets, then every jest project.
// The last line is the runner's summary: "tests: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Service times are Asia/Shanghai on every tier whatever the machine's zone: tests run in UTC to prove it.
process.env.TZ = 'UTC'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const logs = join(root, 'test-results')
mkdirSync(logs, { recursive: true })

function findFiles(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? findFiles(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  )
}

/** Runs `cmd args` to its end; its output is kept (in test-results/`log` when given) and shown on failure. */
function run(cmd, args, log) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (out += c))
    child.on('close', (status) => {
      if (log) writeFileSync(join(logs, log), out)
      resolve({ status, out, secs: ((Date.now() - started) / 1000).toFixed(1) })
    })
  })
}

/**
 * Checks and builds that do not depend on each other run side by side (each is mostly one core's
 * work), and are reported in order once all are done; any failure ends `npm test` with its output.
 */
async function steps(list) {
  process.stdout.write(`\n▶ ${list.map((s) => s.title).join(' · ')}\n`)
  const results = await Promise.all(list.map((s) => run(s.cmd, s.args, s.log)))
  let failed = false
  list.forEach((s, i) => {
    const { status, out, secs } = results[i]
    if (status === 0) {
      if (!s.log && out.trim()) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`)
      process.stdout.write(`✓ ${s.title} (${secs}s)\n`)
      return
    }
    failed = true
    process.stdout.write(
      `${out.slice(-6000)}\n✗ ${s.title} failed after ${secs}s${s.log ? ` (log: test-results/${s.log})` : ''}\n`,
    )
  })
  if (failed) {
    process.stdout.write('\ntests: 0 passed, 1 failed\n')
    process.exit(1)
  }
}

// The contract is compiled first: the typecheck and the lint both read its output.
await steps([{ title: 'compile the contract', cmd: 'npx', args: ['tsc', '-b', 'contract'] }])
await steps([
  { title: 'lint (eslint, prettier)', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { title: 'typecheck (client, server, cloud, tests)', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { title: 'build H5 (dist/h5)', cmd: 'npx', args: ['taro', 'build', '--type', 'h5'], log: 'build-h5.log' },
  { title: 'build weapp (dist/weapp)', cmd: 'npx', args: ['taro', 'build', '--type', 'weapp'], log: 'build-weapp.log' },
])
await steps([{ title: 'size budgets', cmd: 'node', args: ['scripts/size.mjs'] }])

// In-process specs of server rules (services with in-memory repositories, guards, the data-center
// client): Nest ships ESM only, so they run on Node's own test runner over the output the
// typecheck step compiled (server/tsconfig.spec.json: the server build plus its *.nest-spec.ts).
const nestSpecs = spawnSync(
  process.execPath,
  ['--test', ...findFiles(join(root, 'server/dist'), (f) => f.endsWith('.nest-spec.js'))],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
)
writeFileSync(join(logs, 'nest-specs.log'), `${nestSpecs.stdout}\n${nestSpecs.stderr}`)
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(nestSpecs.stdout)?.[1] ?? 0)
const specs = { passed: count('pass'), failed: count('fail') + (nestSpecs.status !== 0 && !count('fail') ? 1 : 0) }
process.stdout.write(`\n▶ server specs (node:test): ${specs.passed} passed, ${specs.failed} failed\n`)
if (specs.failed) {
  const failures = nestSpecs.stdout.split('\n').filter((l) => /^\s*not ok|^\s+(error|expected|actual):/.test(l))
  process.stdout.write(`${failures.join('\n')}\n(log: test-results/nest-specs.log)\n`)
}

// Jest in two runs. The suites that start only Node processes run two at a time (most of their time
// is spent waiting on servers and sockets, and each has its own ports, databases and Redis
// prefix); the browser suites run one at a time, since two Chromiums and their stacks on two cores
// would make their timing, not the product, the thing under test.
const runs = [
  { title: 'unit, client, weapp, server', projects: ['unit', 'client', 'weapp', 'server'], workers: 2 },
  { title: 'e2e (Chromium)', projects: ['e2e'], workers: 1 },
]
const totals = { passed: 0, failed: 0, pending: 0 }
const started = Date.now()
let jestFailed = false
for (const [i, run] of runs.entries()) {
  const report = join(logs, `jest-${i + 1}.json`)
  rmSync(report, { force: true })
  const runStarted = Date.now()
  process.stdout.write(`\n▶ jest: ${run.title} (${run.workers} at a time)\n`)
  const jest = spawnSync(
    'npx',
    [
      'jest',
      '--ci',
      '--json',
      `--outputFile=${report}`,
      `--maxWorkers=${run.workers}`,
      '--selectProjects',
      ...run.projects,
    ],
    { cwd: root, stdio: 'inherit' },
  )
  if (!existsSync(report)) {
    process.stdout.write(`jest produced no report for ${run.title} (exit ${jest.status})\n`)
    totals.failed++
    jestFailed = true
    continue
  }
  const r = JSON.parse(readFileSync(report, 'utf8'))
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests + r.numRuntimeErrorTestSuites
  totals.pending += r.numPendingTests
  jestFailed ||= jest.status !== 0
  process.stdout.write(`jest (${run.title}) finished in ${((Date.now() - runStarted) / 1000).toFixed(1)}s\n`)
}
const failed = totals.failed + specs.failed
process.stdout.write(`jest finished in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
process.stdout.write(
  `\ntests: ${totals.passed + specs.passed} passed, ${failed} failed${totals.pending ? `, ${totals.pending} skipped` : ''}\n`,
)
process.exit(failed > 0 || jestFailed ? 1 : 0)
