#!/usr/bin/env node
// Size budgets of DESIGN.md: weapp main package and each subpackage ≤ 1 MB; H5 first-route JS ≤ 140 KB gzipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const KB = 1024
const BUDGET = { package: 1024 * KB, h5FirstRouteGzip: 140 * KB }

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`
let failed = false
const line = (label, size, budget) => {
  const over = size > budget
  failed ||= over
  process.stdout.write(`${over ? '✗' : '✓'} ${label.padEnd(36)} ${kb(size).padStart(10)}  (budget ${kb(budget)})\n`)
}

const weapp = join(root, 'dist/weapp')
if (!existsSync(weapp)) {
  process.stderr.write('dist/weapp is missing: run "npm run build:weapp"\n')
  process.exit(1)
}
const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'))
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
const all = files(weapp).filter((f) => !f.endsWith('.LICENSE.txt') && !f.endsWith('.map'))
const inRoot = (f, r) => relative(weapp, f).startsWith(`${r}/`)
line(
  'weapp main package',
  all.filter((f) => !roots.some((r) => inRoot(f, r))).reduce((s, f) => s + statSync(f).size, 0),
  BUDGET.package,
)
for (const r of roots)
  line(
    `weapp subpackage ${r}`,
    all.filter((f) => inRoot(f, r)).reduce((s, f) => s + statSync(f).size, 0),
    BUDGET.package,
  )

const h5 = join(root, 'dist/h5')
if (!existsSync(join(h5, 'index.html'))) {
  process.stderr.write('dist/h5 is missing: run "npm run build:h5"\n')
  process.exit(1)
}
// Counted as the first route: everything but the chunks of other pages (named chunk ids, see config/index.ts)
// and chunks named `lazy-*`, which code loads with import() only when a feature is used (the MP3
// encoder when someone records). That over-counts shared component chunks a first visit might
// not need, which errs on the safe side.
const otherPage = /src_(pages_(?!index_index)|packages_)|(^|\/)lazy-/
const firstRoute = files(join(h5, 'js')).filter((f) => f.endsWith('.js') && !otherPage.test(relative(h5, f)))
const gz = firstRoute.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0)
line(`H5 first route JS, gzipped (${firstRoute.length} files)`, gz, BUDGET.h5FirstRouteGzip)
process.exit(failed ? 1 : 0)
