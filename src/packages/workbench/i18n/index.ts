import { subpackageMessages } from '@/i18n'
import { workbenchZhCN } from './zh-CN'

/** `t` and `useT` for the workbench: its own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': workbenchZhCN })
