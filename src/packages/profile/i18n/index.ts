import { subpackageMessages } from '@/i18n'
import { profileZhCN } from './zh-CN'

/** `t` and `useT` for the profile pages: their own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': profileZhCN })
