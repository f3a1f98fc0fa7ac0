import type { CalcFigure, CalcFigureName, CalcFigureUsed } from '@pocket/contract'
import { AppError } from '#common/app-error.js'
import { Dec } from './calc-lines.js'

/**
 * The figures one calculation may use, and a record of those it did: the person's own figure where
 * they entered one, else the data center's latest row of the year the rule asks for or before it.
 */
export class FigureBook {
  readonly used: CalcFigureUsed[] = []

  constructor(
    private readonly rows: readonly CalcFigure[],
    /** The calculation's year: the trial's, or the death's. */
    readonly year: number,
  ) {}

  /** A year's statistic the rule takes from the year before (上一年度). */
  lastYears(name: CalcFigureName, entered?: string): Dec {
    return this.take(name, this.year - 1, entered)
  }

  /** A setting in effect in the calculation's year. */
  inEffect(name: CalcFigureName, entered?: string): Dec {
    return this.take(name, this.year, entered)
  }

  private take(name: CalcFigureName, wanted: number, entered: string | undefined): Dec {
    if (entered !== undefined) {
      this.note(
        { name, value: new Dec(entered).toFixed(2), year: wanted, scope: 'province', source: '', isDemo: false },
        true,
        wanted,
      )
      return new Dec(entered)
    }
    const row = this.rows
      .filter((r) => r.name === name && r.year <= wanted)
      .reduce<CalcFigure | undefined>((best, r) => (!best || r.year > best.year ? r : best), undefined)
    if (!row) throw new AppError('VALIDATION_FAILED', { key: 'calc.noFigure', params: { year: wanted } })
    this.note(row, false, wanted)
    return new Dec(row.value)
  }

  private note(figure: CalcFigure, entered: boolean, wanted: number): void {
    if (!this.used.some((u) => u.name === figure.name)) this.used.push({ ...figure, entered, wanted })
  }
}
