import { Injectable } from '@nestjs/common'
import { asc, eq, and } from 'drizzle-orm'
import type { CalcFigure, CalcFigureName } from '@pocket/contract'
import { DbContext } from '../db/transactions.js'
import { Dec } from './calc-lines.js'
import { calculatorFigures } from './calculators.schema.js'

const columns = {
  name: calculatorFigures.name,
  year: calculatorFigures.year,
  value: calculatorFigures.value,
  scope: calculatorFigures.scope,
  source: calculatorFigures.source,
  isDemo: calculatorFigures.isDemo,
}

@Injectable()
export class CalculatorsRepository {
  constructor(private readonly db: DbContext) {}

  figures(): Promise<CalcFigure[]> {
    return this.db.q
      .select(columns)
      .from(calculatorFigures)
      .orderBy(asc(calculatorFigures.name), asc(calculatorFigures.year))
  }

  async figure(name: CalcFigureName, year: number): Promise<CalcFigure | null> {
    const [row] = await this.db.q
      .select(columns)
      .from(calculatorFigures)
      .where(and(eq(calculatorFigures.name, name), eq(calculatorFigures.year, year)))
    return row ?? null
  }

  async put(figure: CalcFigure): Promise<void> {
    const { scope, source, isDemo } = figure
    const value = new Dec(figure.value).toFixed(2)
    const updatedAt = new Date()
    await this.db.q
      .insert(calculatorFigures)
      .values({ ...figure, value, updatedAt })
      .onConflictDoUpdate({
        target: [calculatorFigures.name, calculatorFigures.year],
        set: { value, scope, source, isDemo, updatedAt },
      })
  }
}
