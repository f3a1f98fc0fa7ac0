import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// The contract brings zod; the client takes its types only, and the zod-free constants.
const contractTypesOnly = {
  name: '@pocket/contract',
  message: 'Use `import type`, or take constants from @pocket/contract/constants',
  allowTypeImports: true,
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'server/apps/datacenter/drizzle/**',
      'cloud/functions/*/index.js',
      '.data/**',
      'test-results/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Pages call the one request layer, never Taro.request directly.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Taro'][property.name='request']",
          message: 'Use src/services/request.ts',
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read build constants in one place (request.ts, config/)' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [contractTypesOnly],
        },
      ],
    },
  },
  {
    // Screens follow the socket through services and stores (useArrivals, the call store), never by
    // listening beside them.
    files: ['src/pages/**/*.{ts,tsx}', 'src/packages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            contractTypesOnly,
            {
              name: '@/services/socket',
              message: 'Follow socket events through a service or a store (useArrivals, useSocketStatus)',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/request.ts', 'src/platform/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Parse configuration once in config.ts' },
      ],
    },
  },
  {
    // node:test's describe() and it() return promises the runner itself awaits; a spec that needs
    // the machine's PostgreSQL reads TEST_DATABASE_URL, as CI sets it.
    files: ['**/*.nest-spec.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['server/apps/*/src/config.ts', 'server/apps/*/src/main.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
)
