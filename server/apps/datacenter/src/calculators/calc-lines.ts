import { Decimal } from 'decimal.js'
import type { CalcItem, CalcItemKind, CalcItemName, CalcLaw, CalcStep } from '@pocket/contract'

/** Decimal arithmetic for money: no binary floating point anywhere in a calculation. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })
export type Dec = InstanceType<typeof Dec>

/** Yuan to the fen, half up, as the answer writes it: `2300.00`. */
export const yuan = (d: Dec): string => d.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2)

/** A rate as people read it: 0.025 → `2.5%`. */
export const percent = (d: Dec): string => `${d.times(100).toString()}%`

/** Where a line comes from: an article of a law, and its 项 when it has them. */
export interface Provision {
  law: CalcLaw
  article: number
  clause: number | null
}

/** A line of an answer before the library is asked for its article: amounts rounded to the fen. */
export type CalcLine = Omit<CalcItem, 'provision'> & { provision: Provision }

export function line(
  name: CalcItemName,
  kind: CalcItemKind,
  amount: Dec,
  provision: Provision,
  step: CalcStep,
  values: Record<string, string>,
): CalcLine {
  return { name, kind, amount: yuan(amount), provision, arithmetic: { step, values } }
}

/** The `sum` lines added up, each as it was shown (to the fen), so the total is what the reader adds. */
export function totalOf(lines: readonly CalcLine[]): string {
  return yuan(lines.filter((l) => l.kind === 'sum').reduce((sum, l) => sum.plus(l.amount), new Dec(0)))
}
