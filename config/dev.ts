import type { UserConfigExport } from '@tarojs/cli'

/**
 * `npm run dev:h5` / `npm run dev:weapp`: rebuild on save. The H5 dev server proxies the API and the
 * socket to a BFF already running on :3000 (`npm start`), so the page keeps one origin as in production.
 */
export default {
  logger: { quiet: false, stats: true },
  mini: { enableSourceMap: true },
  h5: {
    enableSourceMap: true,
    devServer: {
      // No hot refresh: it would need Preact's prefresh; a save reloads the page.
      hot: false,
      host: '127.0.0.1',
      port: 10086,
      // The dev server's own reload socket defaults to /ws, which is ours: move it out of the way.
      webSocketServer: { type: 'ws', options: { path: '/__reload' } },
      client: { webSocketURL: { pathname: '/__reload' } },
      proxy: [
        { context: ['/api', '/healthz', '/readyz'], target: 'http://127.0.0.1:3000' },
        { context: ['/ws'], target: 'ws://127.0.0.1:3000', ws: true },
      ],
    },
  },
} satisfies UserConfigExport<'webpack5'>
