// jest's test sequencer: the longest suites first, so that no worker is left with a long suite
// while the others sit idle at the end of a project. jest orders by the durations its cache
// holds; on a fresh clone (CI) it has none and falls back to file size, which started the
// 43-second npm-start suite of the server project at 188 s and e2e's 57-second layout-shift
// suite at 122 s. So a suite the cache
// does not know takes its duration from tests/support/suite-seconds.json (measured in a full run;
// `node scripts/suite-seconds.mjs` refreshes it from test-results/ after `npm test`).
const { join, relative } = require('node:path')
const Sequencer = require('@jest/test-sequencer').default
const seconds = require('./suite-seconds.json')

const ROOT = join(__dirname, '..', '..')

class LongestFirst extends Sequencer {
  time(test) {
    const known = seconds[relative(ROOT, test.path)]
    return super.time(test) ?? (known === undefined ? undefined : known * 1000)
  }
}

module.exports = LongestFirst
