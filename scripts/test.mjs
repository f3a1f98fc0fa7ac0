#!/usr/bin/env node
// npm test: lint, typecheck, build every target, check size budgets, then every jest project.
// The last line is the runner's summary: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process'
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
  if (quietLog) {
    writeFileSync(join(logs, quietLog), `${res.stdout ?? ''}\n${res.stderr ?? ''}`)
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (res.status !== 0) {
    if (quietLog) process.stdout.write(`${(res.stderr || res.stdout || '').slice(-6000)}\n`)
    process.stdout.write(`✗ ${title} failed after ${secs}s${quietLog ? ` (log: test-results/${quietLog})` : ''}\n`)
    process.stdout.write('\ntests: 0 passed, 1 failed\n')
    process.exit(1)
  }
  process.stdout.write(`✓ ${title} (${secs}s)\n`)
}

step('lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint'])
step('typecheck (client, server, cloud, tests)', 'npm', ['run', '--silent', 'typecheck'])
step('build H5 (dist/h5)', 'npx', ['taro', 'build', '--type', 'h5'], { quietLog: 'build-h5.log' })
step('build weapp (dist/weapp)', 'npx', ['taro', 'build', '--type', 'weapp'], { quietLog: 'build-weapp.log' })
step('size budgets', 'node', ['scripts/size.mjs'])

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

const report = join(logs, 'jest.json')
rmSync(report, { force: true })
const started = Date.now()
process.stdout.write('\n▶ jest: unit, client, weapp, server, e2e\n')
const jest = spawnSync('npx', ['jest', '--ci', '--json', `--outputFile=${report}`], { cwd: root, stdio: 'inherit' })
if (!existsSync(report)) {
  process.stdout.write(`jest produced no report (exit ${jest.status})\ntests: 0 passed, 1 failed\n`)
  process.exit(1)
}
const r = JSON.parse(readFileSync(report, 'utf8'))
const failed = r.numFailedTests + r.numRuntimeErrorTestSuites + specs.failed
process.stdout.write(`jest finished in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
process.stdout.write(
  `\ntests: ${r.numPassedTests + specs.passed} passed, ${failed} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}\n`,
)
process.exit(failed > 0 || jest.status !== 0 ? 1 : 0)
