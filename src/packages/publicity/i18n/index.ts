import { subpackageMessages } from '@/i18n'
import { publicityZhCN } from './zh-CN'

/** `t` and `useT` for 法治宣传: its own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': publicityZhCN })
