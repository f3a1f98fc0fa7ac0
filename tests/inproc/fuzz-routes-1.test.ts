import { fuzzSuite } from '../support/fuzz-suite'

// The first half of the app API's routes, fuzzed as every role (tests/support/fuzz-suite.ts).
fuzzSuite({ half: 0, webSocket: false })
