import { subpackageMessages } from '@/i18n'
import { directoryZhCN } from './zh-CN'

/** `t` and `useT` for the directory: its own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': directoryZhCN })
