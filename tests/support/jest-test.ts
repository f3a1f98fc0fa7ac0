// A suite written once for both runners (tests/support/*-suite.ts) imports describe, it, the hooks
// and expect from ./node-test. Under jest that import resolves here (jest.config.js maps it), to
// jest's own globals: the suite runs in process on node:test and across processes on jest.
const jestDescribe = describe
const jestIt = it
const jestBeforeAll = beforeAll
const jestAfterAll = afterAll
const jestExpect = expect
export {
  jestDescribe as describe,
  jestIt as it,
  jestBeforeAll as beforeAll,
  jestAfterAll as afterAll,
  jestExpect as expect,
}
