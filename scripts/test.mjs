#!/usr/bin/env node
// npm test: lint, typecheck, build every target, check size budgets, then every jest project.
// The last line is the runner's summary: "tests: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { TEST_NODE_ARGS } from '../tests/support/node-flags.mjs'

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

function step(title, cmd, args) {
  const started = Date.now()
  process.stdout.write(`\n▶ ${title}\n`)
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (res.status !== 0) stepFailed(title, secs, '', null)
  process.stdout.write(`✓ ${title} (${secs}s)\n`)
}

/** Runs one command of a step, its output added to `output`; resolves with the exit code. */
function runInto(cmd, args, output) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } })
    child.stdout.on('data', (d) => output.push(d))
    child.stderr.on('data', (d) => output.push(d))
    child.on('close', resolve)
  })
}

/**
 * Steps that share nothing, `slots` at a time, in order: each starts as soon as one before it has
 * finished, so a core never waits for the slower of a pair (each tool is single-threaded: two fill
 * the two cores this runs on). A step's commands run one after another; its output goes to its
 * log, and is shown when it fails.
 */
async function inTurn(steps, slots) {
  const started = Date.now()
  process.stdout.write(`\n▶ ${steps.map((s) => s.title).join(' · ')} (${slots} at a time)\n`)
  const queue = [...steps]
  const failures = []
  const work = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { title, log, run } = next
      const began = Date.now()
      const output = []
      let code = 0
      for (const [cmd, args] of run) if (code === 0) code = await runInto(cmd, args, output)
      const text = Buffer.concat(output.map((d) => Buffer.from(d))).toString()
      writeFileSync(join(logs, log), text)
      const secs = ((Date.now() - began) / 1000).toFixed(1)
      const at = ((Date.now() - started) / 1000).toFixed(1)
      if (code !== 0) failures.push({ title, secs, text, log })
      else process.stdout.write(`✓ ${title} (${secs}s, done at ${at}s)\n`)
    }
  }
  await Promise.all(Array.from({ length: slots }, work))
  for (const f of failures) stepFailed(f.title, f.secs, f.text, f.log)
}

// The contract first: the typecheck and the lint read its build.
step('contract (contract/dist)', 'npx', ['tsc', '-b', 'contract'])
// jest's unit and client projects need no build: they run, one file at a time, beside the steps
// below, taking up what the two cores leave.
const started = Date.now()
process.stdout.write('\n▶ jest: unit, client (beside lint, typecheck and the builds)\n')
const beforeBuilds = jestRun('unit, client', ['unit', 'client'], 1, 0)
const npmRun = (script) => ['npm', ['run', '--silent', script]]
await inTurn(
  [
    {
      // One process: ESLint's type-aware rules reuse the checker tsc's checks filled (scripts/check.mjs).
      // The typecheck writes server/dist; the servers start from one file each (scripts/lib/server-bundles.mjs).
      title: 'typecheck and type-aware lint (client, server, cloud, tests), then the server bundles',
      log: 'check.log',
      run: [
        ['node', ['scripts/check.mjs', '--types', '--lint']],
        ['node', ['scripts/bundle-servers.mjs']],
      ],
    },
    {
      title: 'format, OpenAPI documents, direction',
      log: 'lint.log',
      run: [['npx', ['prettier', '--check', '.']], npmRun('lint:openapi'), npmRun('lint:deps')],
    },
    { title: 'build H5 (dist/h5)', log: 'build-h5.log', run: [['npx', ['taro', 'build', '--type', 'h5']]] },
    { title: 'build weapp (dist/weapp)', log: 'build-weapp.log', run: [['npx', ['taro', 'build', '--type', 'weapp']]] },
  ],
  2,
)
step('size budgets', 'node', ['scripts/size.mjs'])

/** Runs a command to its end; the output is captured unless `inherit`. */
function run(cmd, args, { env = process.env, inherit = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (d) => (stdout += d))
    child.stderr?.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

// Node's own test runner, for what runs the server in this process: Nest ships ESM only, which
// jest cannot load. Two kinds of file:
// - the specs of server rules beside their code (*.nest-spec.ts: services with in-memory
//   repositories, guards, the data-center client), over the output the typecheck step compiled
//   (server/tsconfig.build.json compiles them with the server; no bundle imports them);
// - the in-process tier (tests/inproc: rules, access matrices, hostile input, fuzzing, uploads,
//   sockets through the BFF and data center made by their own factories, each on a copy of one
//   seeded in-memory PGlite; tests/support/in-process.ts), run from TypeScript by tsx.
// node:test gives each file a process, and each process pays about 8 s of CPU to load tsx, the
// compiled server and PGlite before its first test: on two cores that was a third of this
// runner's time. So the files run in LANES processes, two at a time, each importing its share of
// the files in turn (every file starts and stops its own stacks, and none changes what the
// process shares: environment, timers, mocks). `node --import tsx --test <file>` still runs one.
const LANES = 4

/** The lane files: each imports its share of `files`, dealt in turn (the two fuzz files apart). */
function writeLanes(files, dir) {
  const shares = Array.from({ length: LANES }, () => [])
  files.sort().forEach((file, i) => shares[i % LANES].push(file))
  return shares.map((share, i) => {
    const lane = join(dir, `lane-${i + 1}.test.mjs`)
    writeFileSync(lane, share.map((file) => `await import(${JSON.stringify(pathToFileURL(file).href)})\n`).join(''))
    return lane
  })
}

async function nodeTests() {
  const work = mkdtempSync(join(tmpdir(), 'pocket-inproc-'))
  const template = join(work, 'template.tar')
  const lanes = writeLanes(
    [
      ...findFiles(join(root, 'server/dist'), (f) => f.endsWith('.nest-spec.js')),
      ...findFiles(join(root, 'tests/inproc'), (f) => f.endsWith('.test.ts')),
    ],
    work,
  )
  const startedAt = Date.now()
  const res = await run(
    process.execPath,
    [
      // As for the servers the jest suites start: each in-process data center's PGlite on V8's
      // baseline wasm compiler alone (tests/support/node-flags.mjs).
      ...TEST_NODE_ARGS,
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      // A test that hangs fails, rather than holding the run until CI cuts it. The limit is also
      // each lane's (a lane sends tens of thousands of requests), so it leaves room for a CI
      // machine running everything at once: 10 minutes.
      '--test-timeout=600000',
      ...lanes,
    ],
    { env: { ...process.env, POCKET_INPROC_TEMPLATE: template } },
  )
  rmSync(work, { recursive: true, force: true })
  writeFileSync(join(logs, 'node-tests.log'), `${res.stdout}\n${res.stderr}`)
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(res.stdout)?.[1] ?? 0)
  const passed = count('pass')
  const failed = count('fail') + (res.code !== 0 && !count('fail') ? 1 : 0)
  const secs = ((Date.now() - startedAt) / 1000).toFixed(1)
  process.stdout.write(`\nnode:test (server specs, in-process tier): ${passed} passed, ${failed} failed in ${secs}s\n`)
  if (failed) {
    const lines = res.stdout.split('\n').filter((l) => /^\s*not ok|^\s+(error|expected|actual):/.test(l))
    process.stdout.write(`${lines.join('\n')}\n(log: test-results/node-tests.log)\n`)
  }
  return { passed, failed, pending: 0, broken: false }
}

/** One jest run of some projects, `workers` suites at a time; its counts from its JSON report. */
async function jestRun(title, projects, workers, n) {
  const report = join(logs, `jest-${n}.json`)
  rmSync(report, { force: true })
  const startedAt = Date.now()
  const res = await run(
    'npx',
    ['jest', '--ci', '--json', `--outputFile=${report}`, `--maxWorkers=${workers}`, '--selectProjects', ...projects],
    { inherit: true },
  )
  if (!existsSync(report)) {
    process.stdout.write(`jest produced no report for ${title} (exit ${res.code})\n`)
    return { passed: 0, failed: 1, pending: 0, broken: true }
  }
  const r = JSON.parse(readFileSync(report, 'utf8'))
  process.stdout.write(`jest (${title}) finished in ${((Date.now() - startedAt) / 1000).toFixed(1)}s\n`)
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + r.numRuntimeErrorTestSuites,
    pending: r.numPendingTests,
    broken: res.code !== 0,
  }
}

// The Node-only tests, node:test beside jest's weapp and process projects, two files
// at a time each: most of their time is spent waiting on servers, sockets and timers, and each
// suite has its own ports, databases and Redis prefix. Then the browser suites, two at a time, each
// with its own Chromium and stack: they wait on pages and events, never on a wall-clock budget.
// (Started beside the process suites' last minutes instead, they made both slower: 545 s and 328 s
// against 342 s and 236 s, the two cores already full.)
process.stdout.write('\n▶ node:test (server specs, in-process tier) ∥ jest: weapp, server\n')
const results = await Promise.all([nodeTests(), jestRun('weapp, server', ['weapp', 'server'], 2, 1), beforeBuilds])
process.stdout.write('\n▶ jest: e2e (Chromium, 2 at a time)\n')
results.push(await jestRun('e2e', ['e2e'], 2, 2))
const totals = results.reduce((t, r) => ({
  passed: t.passed + r.passed,
  failed: t.failed + r.failed,
  pending: t.pending + r.pending,
  broken: t.broken || r.broken,
}))
process.stdout.write(`tests finished in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
process.stdout.write(
  `\ntests: ${totals.passed} passed, ${totals.failed} failed${totals.pending ? `, ${totals.pending} skipped` : ''}\n`,
)
process.exit(totals.failed > 0 || totals.broken ? 1 : 0)
