import CompressionPlugin from 'compression-webpack-plugin'
import type { UserConfigExport } from '@tarojs/cli'
import { constants } from 'node:zlib'

/** Builds that ship (and that the size budgets measure): no source maps in the packages. */
export default {
  mini: { enableSourceMap: false },
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>

/** The part of webpack-chain used here. */
interface Chain {
  plugin(name: string): { use(plugin: unknown, args: unknown[]): unknown }
}

/**
 * H5 assets also written as .br and .gz next to each file, so the BFF (or a CDN) sends a village
 * phone on a weak network a third of the bytes without compressing on every request.
 */
export function precompress(chain: Chain): void {
  const test = /\.(js|css|html|svg|json|ttf)$/
  chain.plugin('gzip').use(CompressionPlugin, [{ test, threshold: 1024, minRatio: 0.9, algorithm: 'gzip' }])
  chain.plugin('brotli').use(CompressionPlugin, [
    {
      test,
      threshold: 1024,
      minRatio: 0.9,
      algorithm: 'brotliCompress',
      filename: '[path][base].br',
      compressionOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } },
    },
  ])
}
