// jsdom for miniprogram-simulate's rendering, plus the Node globals the test's own HTTP code needs.
const { TestEnvironment } = require('jest-environment-jsdom')

class WeappEnvironment extends TestEnvironment {
  async setup() {
    await super.setup()
    for (const name of [
      'fetch',
      'Headers',
      'Request',
      'Response',
      'TextEncoder',
      'TextDecoder',
      'AbortController',
      'AbortSignal',
      'structuredClone',
      'setImmediate',
      'clearImmediate',
    ]) {
      this.global[name] = globalThis[name]
    }
  }
}

module.exports = WeappEnvironment
