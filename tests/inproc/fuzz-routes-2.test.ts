import { fuzzSuite } from '../support/fuzz-suite'

// The second half of the app API's routes and the WebSocket, fuzzed as every role (tests/support/fuzz-suite.ts).
fuzzSuite({ half: 1, webSocket: true })
