#!/usr/bin/env node
// Writes tests/support/suite-seconds.json, the durations jest's sequencer orders suites by on a
// fresh clone (tests/support/longest-first.cjs), from the reports of the last `npm test`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const results = join(root, 'test-results')
const reports = existsSync(results) ? readdirSync(results).filter((f) => /^jest-\d+\.json$/.test(f)) : []
if (!reports.length) {
  console.error('no jest reports in test-results/: run `npm test` first')
  process.exit(1)
}
/** The suite's path in this tree (a report may come from another clone of it, as CI's does). */
function inTree(path) {
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) {
    const rest = parts.slice(i).join('/')
    if (existsSync(join(root, rest))) return rest
  }
  return null
}
const seconds = {}
for (const report of reports) {
  for (const suite of JSON.parse(readFileSync(join(results, report), 'utf8')).testResults) {
    const path = inTree(suite.name)
    if (path) seconds[path] = Math.round((suite.endTime - suite.startTime) / 100) / 10
  }
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)))
writeFileSync(join(root, 'tests/support/suite-seconds.json'), `${JSON.stringify(sorted, null, 2)}\n`)
console.log(`tests/support/suite-seconds.json: ${Object.keys(sorted).length} suites`)
