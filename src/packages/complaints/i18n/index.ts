import { subpackageMessages } from '@/i18n'
import { complaintsZhCN } from './zh-CN'

/** `t` and `useT` for the complaint pages: their own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': complaintsZhCN })
