#!/usr/bin/env node
// npm test: lint, typecheck, build every target, check size budgets, then every jest project.
// The last line is the runner's summary: "tests: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

function stepFailed(title, secs, output, log) {
  if (log) process.stdout.write(`${output.slice(-6000)}\n`)
  process.stdout.write(`✗ ${title} failed after ${secs}s${log ? ` (log: test-results/${log})` : ''}\n`)
  process.stdout.write('\ntests: 0 passed, 1 failed\n')
  process.exit(1)
}

function step(title, cmd, args, { quietLog } = {}) {
  const started = Date.now()
  process.stdout.write(`\n▶ ${title}\n`)
  const res = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: quietLog ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  })
  if (quietLog) writeFileSync(join(logs, quietLog), `${res.stdout ?? ''}\n${res.stderr ?? ''}`)
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (res.status !== 0) stepFailed(title, secs, res.stderr || res.stdout || '', quietLog)
  process.stdout.write(`✓ ${title} (${secs}s)\n`)
}

/**
 * Steps that share nothing, side by side (each is one single-threaded tool: two fill the two cores
 * this runs on). Each one's output goes to its log, and is shown when it fails.
 */
async function together(steps) {
  const started = Date.now()
  process.stdout.write(`\n▶ ${steps.map((s) => s.title).join(' ∥ ')}\n`)
  const results = await Promise.all(
    steps.map(
      ({ title, cmd, args, log }) =>
        new Promise((resolve) => {
          const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } })
          let output = ''
          child.stdout.on('data', (d) => (output += d))
          child.stderr.on('data', (d) => (output += d))
          child.on('close', (code) => {
            writeFileSync(join(logs, log), output)
            resolve({ title, log, code, output, secs: ((Date.now() - started) / 1000).toFixed(1) })
          })
        }),
    ),
  )
  for (const r of results) {
    if (r.code !== 0) stepFailed(r.title, r.secs, r.output, r.log)
    process.stdout.write(`✓ ${r.title} (${r.secs}s)\n`)
  }
}

// The contract first: lint and typecheck both read its build.
step('contract (contract/dist)', 'npx', ['tsc', '-b', 'contract'])
await together([
  { title: 'lint (eslint, prettier, direction)', cmd: 'npm', args: ['run', '--silent', 'lint'], log: 'lint.log' },
  {
    title: 'typecheck (client, server, cloud, tests)',
    cmd: 'npm',
    args: ['run', '--silent', 'typecheck'],
    log: 'typecheck.log',
  },
])
await together([
  { title: 'build H5 (dist/h5)', cmd: 'npx', args: ['taro', 'build', '--type', 'h5'], log: 'build-h5.log' },
  { title: 'build weapp (dist/weapp)', cmd: 'npx', args: ['taro', 'build', '--type', 'weapp'], log: 'build-weapp.log' },
])
step('size budgets', 'node', ['scripts/size.mjs'])

// Node's own test runner, for what runs the server in this process: Nest ships ESM only, which
// jest cannot load. Two kinds of file, two at a time:
// - the specs of server rules beside their code (*.nest-spec.ts: services with in-memory
//   repositories, guards, the data-center client), over the output the typecheck step compiled
//   (server/tsconfig.spec.json: the server build plus its specs);
// - the in-process tier (tests/inproc: rules, access matrices, hostile input, fuzzing through the
//   BFF and data center made by their own factories, each on a copy of one seeded in-memory PGlite;
//   tests/support/in-process.ts), run from TypeScript by tsx.
const template = join(mkdtempSync(join(tmpdir(), 'pocket-inproc-')), 'template.tar')
const nodeRunStarted = Date.now()
process.stdout.write('\n▶ node:test: server specs and the in-process tier (2 at a time)\n')
const nodeTests = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    ...findFiles(join(root, 'server/dist'), (f) => f.endsWith('.nest-spec.js')),
    ...findFiles(join(root, 'tests/inproc'), (f) => f.endsWith('.test.ts')),
  ],
  {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, POCKET_INPROC_TEMPLATE: template },
  },
)
rmSync(dirname(template), { recursive: true, force: true })
writeFileSync(join(logs, 'node-tests.log'), `${nodeTests.stdout}\n${nodeTests.stderr}`)
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(nodeTests.stdout)?.[1] ?? 0)
const specs = { passed: count('pass'), failed: count('fail') + (nodeTests.status !== 0 && !count('fail') ? 1 : 0) }
process.stdout.write(
  `node:test: ${specs.passed} passed, ${specs.failed} failed in ${((Date.now() - nodeRunStarted) / 1000).toFixed(1)}s\n`,
)
if (specs.failed) {
  const failures = nodeTests.stdout.split('\n').filter((l) => /^\s*not ok|^\s+(error|expected|actual):/.test(l))
  process.stdout.write(`${failures.join('\n')}\n(log: test-results/node-tests.log)\n`)
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
