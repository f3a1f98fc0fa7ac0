import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CalcFigure, CalcLaw } from '@pocket/contract'
import { z } from 'zod'
import type { Db } from '../db/database.js'
import { Dec } from './calc-lines.js'
import { calculatorFigures } from './calculators.schema.js'

/** What ships with the calculators: the figures of past years, and the titles of the laws they cite. */
export const CALCULATOR_DATA = fileURLToPath(
  new URL('../../../../../apps/datacenter/data/calculators/figures.json', import.meta.url),
)

const Shipped = z.object({
  laws: z.record(CalcLaw, z.string().min(1)),
  figures: z.array(CalcFigure.extend({ value: z.string().regex(/^\d+(\.\d{1,2})?$/) })),
})
export type ShippedCalculatorData = z.infer<typeof Shipped>

/** The shipped file, checked: a malformed row stops the start with its place named. */
export function readCalculatorData(path = CALCULATOR_DATA): ShippedCalculatorData {
  return Shipped.parse(JSON.parse(readFileSync(path, 'utf8')))
}

/**
 * Adds the shipped figures the database does not have yet; a row there (shipped before, or
 * published by operators) is never overwritten. Returns how many were added.
 */
export async function loadCalculatorFigures(db: Db, data = readCalculatorData()): Promise<number> {
  const added = await db
    .insert(calculatorFigures)
    .values(data.figures.map((f) => ({ ...f, value: new Dec(f.value).toFixed(2) })))
    .onConflictDoNothing({ target: [calculatorFigures.name, calculatorFigures.year] })
    .returning({ name: calculatorFigures.name })
  return added.length
}
