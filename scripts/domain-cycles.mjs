#!/usr/bin/env node
// No two data-center domains may use each other, however indirectly: dependency-cruiser finds
// cycles between files; this finds them between domains (folders), from its module graph.
import { spawnSync } from 'node:child_process'

const SRC = /^server\/apps\/datacenter\/src\/([^/]+)\//
const run = spawnSync(
  'npx',
  ['depcruise', '--config', '.dependency-cruiser.cjs', 'server/apps/datacenter/src', '--output-type', 'json'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
)
if (run.status !== 0 && !run.stdout) {
  process.stderr.write(run.stderr)
  process.exit(1)
}

/** Domain → the domains it imports, each with one import that shows it. */
const uses = new Map()
for (const m of JSON.parse(run.stdout).modules) {
  const from = SRC.exec(m.source)?.[1]
  for (const d of from ? m.dependencies : []) {
    const to = SRC.exec(d.resolved)?.[1]
    if (!to || to === from) continue
    if (!uses.has(from)) uses.set(from, new Map())
    if (!uses.get(from).has(to)) uses.get(from).set(to, `${m.source} → ${d.resolved}`)
  }
}

const cycles = []
const done = new Set()
function visit(domain, path) {
  const at = path.indexOf(domain)
  if (at >= 0) {
    const cycle = path.slice(at)
    // One cycle, however it was entered: kept once, starting from its first domain by name.
    const first = cycle.indexOf([...cycle].sort()[0])
    const key = [...cycle.slice(first), ...cycle.slice(0, first)]
    if (!cycles.some((c) => c.join() === [...key, key[0]].join())) cycles.push([...key, key[0]])
    return
  }
  if (done.has(domain)) return
  for (const next of uses.get(domain)?.keys() ?? []) visit(next, [...path, domain])
  done.add(domain)
}
for (const domain of uses.keys()) visit(domain, [])

if (cycles.length === 0) {
  process.stdout.write(`✔ no cycles between data-center domains (${uses.size} domains)\n`)
} else {
  for (const cycle of cycles) {
    process.stdout.write(`  error domain-cycle: ${cycle.join(' → ')}\n`)
    for (const [a, b] of cycle.slice(1).map((d, i) => [cycle[i], d]))
      process.stdout.write(`    ${uses.get(a).get(b)}\n`)
  }
  process.stdout.write(`✖ ${cycles.length} cycle(s) between data-center domains\n`)
  process.exit(1)
}
