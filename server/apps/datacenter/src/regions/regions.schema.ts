import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core'
import { RegionLevel } from '@pocket/contract'
import { valuesOf } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    level: text('level', { enum: valuesOf(RegionLevel) }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
)

answerConflicts({ regions_pkey: null })
