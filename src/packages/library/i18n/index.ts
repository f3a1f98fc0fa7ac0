import { subpackageMessages } from '@/i18n'
import { libraryZhCN } from './zh-CN'

/** `t` and `useT` for the library: its own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': libraryZhCN })
export type LibraryKey = keyof typeof libraryZhCN
