import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt } from '../db/columns.js'
import { answerConflicts } from '../db/conflict-rules.js'

/**
 * The content check's rules (敏感词): words or regular expressions, each refusing a text (risky) or
 * letting it through logged (review). A starter list ships with the migration; operators replace it.
 */
export const contentRules = pgTable('content_rules', {
  position: integer('position').primaryKey(),
  match: text('match', { enum: ['word', 'regex'] }).notNull(),
  pattern: text('pattern').notNull(),
  verdict: text('verdict', { enum: ['risky', 'review'] }).notNull(),
  createdAt: createdAt(),
})

/** When operators last replaced the list: one row, absent until the first change. */
export const contentRulesChanged = pgTable('content_rules_changed', {
  id: integer('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
})

// The list is replaced whole, under a lock, in one transaction.
answerConflicts({ content_rules_pkey: null, content_rules_changed_pkey: null })
