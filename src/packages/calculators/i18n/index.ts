import { subpackageMessages } from '@/i18n'
import { calculatorsZhCN } from './zh-CN'

/** `t` and `useT` for the calculators: their own keys and the shared ones. */
export const { t, useT } = subpackageMessages({ 'zh-CN': calculatorsZhCN })
export type CalculatorsKey = keyof typeof calculatorsZhCN
