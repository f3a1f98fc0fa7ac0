import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { CatalogCategory, type ServiceGuide } from '@pocket/contract'
import { valuesOf } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

export const catalogItems = pgTable('catalog_items', {
  code: text('code').primaryKey(),
  category: text('category', { enum: valuesOf(CatalogCategory) }).notNull(),
  name: text('name').notNull(),
  summary: text('summary').notNull(),
  guide: jsonb('guide').$type<ServiceGuide>().notNull(),
  sort: integer('sort').notNull().default(0),
})

answerConflicts({ catalog_items_pkey: null })
