// One command runs every project: `npm test` (see scripts/test.mjs).
// Service times are Asia/Shanghai whatever the machine's zone: every test process runs in UTC.
process.env.TZ = 'UTC'
// esbuild transforms the tests and what they import; a file that mocks a module goes to babel-jest
// (tests/support/esbuild-jest.cjs). Node's projects give it Babel's options for Node.
const ESBUILD = '<rootDir>/tests/support/esbuild-jest.cjs'
const nodeTransform = {
  '^.+\\.[cm]?[jt]sx?$': [
    ESBUILD,
    {
      babel: {
        configFile: false,
        babelrc: false,
        presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
      },
    },
  ],
}

// Projects whose suites start data centers share one PGlite folder made at the start of the run.
const stackSetup = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
}

const nodeMappers = {
  '^@pocket/contract$': '<rootDir>/contract/src/index.ts',
  '^@pocket/contract/route$': '<rootDir>/contract/src/route.ts',
  '^@pocket/contract/app-routes$': '<rootDir>/contract/src/app-api/client-routes.ts',
  '^@pocket/contract/form-rules$': '<rootDir>/contract/src/app-api/form-rules.ts',
  '^#common$': '<rootDir>/server/libs/common/src/index.ts',
  '^#common/(.*)\\.js$': '<rootDir>/server/libs/common/src/$1',
  '^@pocket/contract/constants$': '<rootDir>/contract/src/constants.ts',
  '^@pocket/contract/time$': '<rootDir>/contract/src/time.ts',
  '^@pocket/contract/id-card$': '<rootDir>/contract/src/id-card.ts',
  '^@pocket/contract/yuan$': '<rootDir>/contract/src/yuan.ts',
  '^@pocket/contract/preview$': '<rootDir>/contract/src/preview.ts',
  '^@pocket/contract/request-number$': '<rootDir>/contract/src/request-number.ts',
  // ESM sources import siblings as `./x.js`; jest resolves the `.ts` file.
  '^(\\.{1,2}/.*)\\.js$': '$1',
}

module.exports = {
  // Cross-tier tests start real processes and a browser.
  testTimeout: 120_000,
  // Longest suites first, by durations measured in a full run when jest's cache has none (CI).
  testSequencer: '<rootDir>/tests/support/longest-first.cjs',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/contract', '<rootDir>/server', '<rootDir>/src', '<rootDir>/tests/unit'],
      testMatch: ['**/*.spec.ts'],
      transform: nodeTransform,
      moduleNameMapper: {
        ...nodeMappers,
        '^wx-server-sdk$': '<rootDir>/tests/support/fake-wx-server-sdk.ts',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
      transformIgnorePatterns: ['/node_modules/'],
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/client'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/client/setup-globals.ts'],
      moduleFileExtensions: ['h5.ts', 'h5.tsx', 'ts', 'tsx', 'js', 'jsx', 'json'],
      // babel.config.js for the files that mock a module.
      transform: { '^.+\\.(m?js|jsx|tsx?)$': [ESBUILD, {}] },
      // Taro's H5 runtime pulls in many ESM-only packages; transform all but the big CommonJS ones.
      transformIgnorePatterns: [
        '/node_modules/(react|react-dom|scheduler|@babel|@jest|jest-[^/]+|babel-[^/]+|core-js|core-js-pure|@testing-library|jsdom|zod)/',
      ],
      moduleNameMapper: {
        '^@pocket/contract$': '<rootDir>/contract/src/index.ts',
        '^@pocket/contract/constants$': '<rootDir>/contract/src/constants.ts',
        '^@pocket/contract/route$': '<rootDir>/contract/src/route.ts',
        '^@pocket/contract/app-routes$': '<rootDir>/contract/src/app-api/client-routes.ts',
        '^@pocket/contract/form-rules$': '<rootDir>/contract/src/app-api/form-rules.ts',
        '^@pocket/contract/time$': '<rootDir>/contract/src/time.ts',
        '^@pocket/contract/id-card$': '<rootDir>/contract/src/id-card.ts',
        '^@pocket/contract/yuan$': '<rootDir>/contract/src/yuan.ts',
        '^@pocket/contract/preview$': '<rootDir>/contract/src/preview.ts',
        '^@pocket/contract/request-number$': '<rootDir>/contract/src/request-number.ts',
        '^(\\.{1,2}/.*)\\.js$': '$1',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        // The builds render with Preact (config/index.ts): so do the client tests.
        '^react$': 'preact/compat',
        '^react-dom$': 'preact/compat',
        '^react-dom/client$': 'preact/compat/client',
        '^react-dom/test-utils$': 'preact/test-utils',
        '^react/jsx-runtime$': 'preact/jsx-runtime',
        '^react/jsx-dev-runtime$': 'preact/jsx-dev-runtime',
        // A test's own WebSocket server needs the Node build of ws, not its browser stub.
        '^ws$': '<rootDir>/node_modules/ws/index.js',
        '^@tarojs/taro$': '<rootDir>/tests/client/taro-h5.ts',
        '^@/(.*)$': '<rootDir>/src/$1',
        '\\.(css|scss)$': '<rootDir>/tests/client/style-stub.js',
      },
    },
    {
      displayName: 'server',
      ...stackSetup,
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/server'],
      testMatch: ['**/*.test.ts'],
      transform: nodeTransform,
      moduleNameMapper: {
        ...nodeMappers,
        '^wx-server-sdk$': '<rootDir>/tests/support/fake-wx-server-sdk.ts',
        // A suite shared with the in-process tier takes jest's globals here (tests/support/jest-test.ts).
        '^\\./node-test$': '<rootDir>/tests/support/jest-test.ts',
      },
    },
    {
      displayName: 'weapp',
      ...stackSetup,
      testEnvironment: '<rootDir>/tests/weapp/environment.js',
      // jsdom only renders the pages; the test's own sockets (ws) are Node's.
      testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
      roots: ['<rootDir>/tests/weapp'],
      testMatch: ['**/*.test.ts'],
      transform: nodeTransform,
      // dist/weapp runs as WeChat would run it: untransformed.
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
      moduleNameMapper: nodeMappers,
    },
    {
      displayName: 'e2e',
      ...stackSetup,
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: nodeTransform,
      moduleNameMapper: nodeMappers,
    },
  ],
}
