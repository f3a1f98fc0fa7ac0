// jest's transform: esbuild, which turns TypeScript, JSX and ES modules into CommonJS in a
// fraction of the CPU Babel takes (a fresh clone has no transform cache: the unit and client
// projects spent 17 of their 34 CPU-seconds in Babel). A file that mocks a module goes to
// babel-jest, which hoists `jest.mock` above the file's imports; esbuild keeps statement order.
const { createHash } = require('node:crypto')
const { extname } = require('node:path')
const { transformSync, version } = require('esbuild')

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.jsx': 'jsx' }
const MOCKS = /\bjest\.mock\(/

/** `options` (from jest's config): `babel`, babel-jest's own options for the files that mock. */
function createTransformer(options = {}) {
  // Babel only loads for a file that needs it.
  let made = null
  const babel = () => (made ??= require('babel-jest').default.createTransformer(options.babel))
  return {
    canInstrument: false,
    getCacheKey(source, path, transformOptions) {
      if (MOCKS.test(source)) return babel().getCacheKey(source, path, transformOptions)
      return createHash('sha1')
        .update(`esbuild ${version}\0${path}\0${transformOptions.configString}\0`)
        .update(source)
        .digest('hex')
    },
    process(source, path, transformOptions) {
      if (MOCKS.test(source)) return babel().process(source, path, transformOptions)
      const { code, map } = transformSync(source, {
        loader: LOADERS[extname(path)] ?? 'js',
        format: 'cjs',
        target: 'node20',
        // `import()` as a require, which jest's module registry serves (it runs no ES modules).
        supported: { 'dynamic-import': false },
        jsx: 'automatic',
        sourcemap: true,
        sourcefile: path,
        logLevel: 'silent',
      })
      return { code, map }
    },
  }
}

module.exports = { createTransformer }
