import { boolean, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { CalcFigureName } from '@pocket/contract'
import { valuesOf } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * The published figures the calculators need, one row per figure and year: a statistic of that
 * year, or a provincial setting in effect from that year. The value is a decimal string (yuan).
 */
export const calculatorFigures = pgTable(
  'calculator_figures',
  {
    name: text('name', { enum: valuesOf(CalcFigureName) }).notNull(),
    year: integer('year').notNull(),
    value: text('value').notNull(),
    scope: text('scope', { enum: ['national', 'province'] }).notNull(),
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.name, t.year] })],
)

answerConflicts({ calculator_figures_name_year_pk: null })
