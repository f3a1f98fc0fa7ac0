import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig, { precompress } from './prod'

/** The app lock and 快速离开, with the PIN's hashing: on every page of a person's own. */
const SAFETY =
  /[\\/](src[\\/](components[\\/](Sensitive|LockScreen)|stores[\\/]app-lock|services[\\/](pin|quick-exit)|platform[\\/](biometric|quick-exit))|@noble[\\/]hashes)/

/**
 * Where the client finds the BFF. H5 is served by the BFF itself, so it uses the
 * page's own origin (''); the mini-program needs an absolute HTTPS URL in
 * production (set TARO_APP_API), and WeChat devtools accept a LAN URL in development.
 */
function apiBase(): string {
  if (process.env.TARO_APP_API !== undefined) return process.env.TARO_APP_API
  return process.env.TARO_ENV === 'weapp' ? 'http://127.0.0.1:3000' : ''
}

/** Compiled with the app: the zod-free parts of the contract (constants, route objects, URL building). */
const contractSrc = path.resolve(__dirname, '..', 'contract/src')

/** react-dom with React 18's createRoot, which Taro's runtime mounts pages with (see preact-dom.js). */
const preactDom = path.resolve(__dirname, 'preact-dom.js')
function useCreateRoot(chain: {
  resolve: { alias: { delete(k: string): unknown; set(k: string, v: string): unknown } }
}) {
  chain.resolve.alias.delete('react-dom')
  chain.resolve.alias.set('react-dom$', preactDom)
  chain.resolve.alias.set('react-dom/client', 'preact/compat/client')
}

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env.TARO_ENV ?? 'h5'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'pocket-12348',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${env}`,
    // The browser asks for an icon on every first load: H5 ships one (the mini-program has its own).
    copy:
      env === 'h5'
        ? { patterns: [{ from: 'src/assets/tab/home-active.png', to: 'dist/h5/favicon.png' }], options: {} }
        : { patterns: [], options: {} },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      // The client imports contract types only, plus its zod-free constants (never zod itself).
      '@pocket/contract/constants': path.join(contractSrc, 'constants.ts'),
      '@pocket/contract/route': path.join(contractSrc, 'route.ts'),
      '@pocket/contract/time': path.join(contractSrc, 'time.ts'),
      '@pocket/contract/id-card': path.join(contractSrc, 'id-card.ts'),
      '@pocket/contract/yuan': path.join(contractSrc, 'yuan.ts'),
      '@pocket/contract/preview': path.join(contractSrc, 'preview.ts'),
      '@pocket/contract/request-number': path.join(contractSrc, 'request-number.ts'),
      '@pocket/contract/app-routes': path.join(contractSrc, 'app-api/client-routes.ts'),
      '@pocket/contract/form-rules': path.join(contractSrc, 'app-api/form-rules.ts'),
    },
    defineConstants: {
      'process.env.TARO_APP_API': JSON.stringify(apiBase()),
      'process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID': JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? ''),
      'process.env.TARO_APP_SUBSCRIBE_CONSULT_TEMPLATE_ID': JSON.stringify(
        process.env.TARO_APP_SUBSCRIBE_CONSULT_TEMPLATE_ID ?? '',
      ),
    },
    // Preact (through preact/compat) renders the React code: 30 KB less on a village phone's first load.
    framework: 'preact',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: {
      // Not for the mini-program: a cached weapp build has been seen to leave a subpackage's shared
      // chunk asking for a module id the new main package no longer has (the page then fails to load).
      enable: process.env.CI !== 'true' && process.env.TARO_ENV !== 'weapp',
      // app.config.ts reads the page table and titles from these; webpack does not follow a .ts
      // config's imports, so without them a new page is missing from a cached build's routes.
      buildDependencies: {
        pages: [path.resolve(__dirname, '..', 'src/pages.ts'), path.resolve(__dirname, '..', 'src/i18n/zh-CN.ts')],
      },
    },
    mini: {
      compile: { include: [contractSrc] },
      webpackChain(chain) {
        useCreateRoot(chain)
      },
      postcss: { pxtransform: { enable: true, config: {} } },
      // Modules only subpackages use move into each of them, except the app lock and 快速离开:
      // every page of the person's own carries them, so they sit once in the main package.
      optimizeMainPackage: { enable: true, exclude: [(m: { resource?: string }) => SAFETY.test(m.resource ?? '')] },
    },
    h5: {
      compile: { include: [contractSrc] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} } },
      webpackChain(chain) {
        // Readable chunk names let the size check find the first route's page chunk.
        chain.optimization.set('chunkIds', 'named')
        useCreateRoot(chain)
        if (process.env.NODE_ENV !== 'development') precompress(chain)
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
