import { boolean, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { answerConflicts } from '../db/conflict-rules.js'

/** A date and what happened on it (通过, 修正, 修订, 施行), as the law's file gives them. */
export interface LawEventRow {
  date: string
  text: string
}

export interface CaseSectionRow {
  heading: string
  paragraphs: string[]
}

/**
 * A law, or a version of one: the library ships the texts in data/laws (their category is their
 * folder), and a title kept in two versions has only the latest in force.
 */
export const libraryLaws = pgTable('library_laws', {
  id: text('id').primaryKey(),
  category: text('category').notNull(),
  title: text('title').notNull(),
  /** The version's date, ISO: the file's, or its last dated event. */
  version: text('version').notNull(),
  inForce: boolean('in_force').notNull(),
  history: jsonb('history').$type<LawEventRow[]>().notNull(),
  preamble: jsonb('preamble').$type<string[]>().notNull(),
  sort: integer('sort').notNull(),
})

/** An article of a law, its text exactly as the file gives it. Its id is `<law id>-<number>`: links stay. */
export const libraryArticles = pgTable(
  'library_articles',
  {
    id: text('id').primaryKey(),
    lawId: text('law_id')
      .notNull()
      .references(() => libraryLaws.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    numberText: text('number_text').notNull(),
    /** The part of a law kept in its own file (民法典: 婚姻家庭编), or null. */
    book: text('book'),
    headings: jsonb('headings').$type<string[]>().notNull(),
    paragraphs: jsonb('paragraphs').$type<string[]>().notNull(),
  },
  (t) => [uniqueIndex('library_articles_law_number_idx').on(t.lawId, t.number)],
)

/** An example case (案例/), with the articles it applies. */
export const libraryCases = pgTable('library_cases', {
  id: text('id').primaryKey(),
  category: text('category').notNull(),
  title: text('title').notNull(),
  sections: jsonb('sections').$type<CaseSectionRow[]>().notNull(),
})

export const libraryCaseArticles = pgTable(
  'library_case_articles',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => libraryCases.id, { onDelete: 'cascade' }),
    articleId: text('article_id')
      .notNull()
      .references(() => libraryArticles.id, { onDelete: 'cascade' }),
    sort: integer('sort').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.articleId] })],
)

/** Each imported file and the hash of its text: a file whose hash is unchanged is not read again. */
export const librarySources = pgTable('library_sources', {
  path: text('path').primaryKey(),
  hash: text('hash').notNull(),
})

// Every id is made by the import from the files, which writes each row once per import.
answerConflicts({
  library_laws_pkey: null,
  library_articles_pkey: null,
  library_articles_law_number_idx: null,
  library_cases_pkey: null,
  library_case_articles_case_id_article_id_pk: null,
  library_sources_pkey: null,
})
