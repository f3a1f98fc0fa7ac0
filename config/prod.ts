import type { UserConfigExport } from '@tarojs/cli'

/** Builds that ship (and that the size budgets measure): no source maps in the packages. */
export default {
  mini: { enableSourceMap: false },
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>
