/**
 * Node's flags for the servers the tests start (tests/support/processes.ts) and for the node:test
 * lanes that run data centers in process (scripts/test.mjs). `--liftoff-only`: PGlite's WebAssembly
 * (PostgreSQL compiled to wasm) runs on V8's baseline compiler alone, without the optimising
 * recompile of its hot functions in the background. A test's data center lives seconds and answers
 * a few hundred requests: the recompile cost it about 0.9 CPU-s a start and never paid back (four
 * e2e suites took 37 CPU-s instead of 46–52). The flag changes how the code is compiled, not what
 * it does; `npm start` and the benchmarks run without it.
 */
export const TEST_NODE_ARGS = ['--liftoff-only']
