import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
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

/**
 * The everyday→legal term map applied to queries (家暴 → 家庭暴力). It starts as the shipped list
 * (data/library/terms.json), which each start writes again until operators replace it.
 */
export const libraryTerms = pgTable('library_terms', {
  everyday: text('everyday').primaryKey(),
  legal: jsonb('legal').$type<string[]>().notNull(),
  position: integer('position').notNull(),
})

/** A common question (常见问题) with its answer, the articles it rests on and the service to use. */
export const libraryQuestions = pgTable('library_questions', {
  id: text('id').primaryKey(),
  question: text('question').notNull(),
  /** Other ways people ask it: matched like the question. */
  alsoAsked: jsonb('also_asked').$type<string[]>().notNull(),
  answer: text('answer').notNull(),
  /** The articles it cites, as `<law short title> <number>` (the law in force). */
  articles: jsonb('articles').$type<string[]>().notNull(),
  /** What to do next: a catalogue item's code, or `adviser`. */
  service: text('service').notNull(),
  position: integer('position').notNull(),
})

/** When operators last replaced a list (`terms`, `questions`); a list with no row is still the shipped one. */
export const libraryEdits = pgTable('library_edits', {
  list: text('list').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
})

/**
 * Questions asked, counted by day and outcome (`question`: a common question answered it, then
 * `questionId` names it; `library`: only the articles did; `none`: nothing relevant). No text
 * and no one's identity is kept.
 */
export const libraryAskCounts = pgTable(
  'library_ask_counts',
  {
    day: text('day').notNull(),
    outcome: text('outcome').notNull(),
    questionId: text('question_id').notNull().default(''),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.outcome, t.questionId] })],
)

/**
 * The statutes' words in questions no common question answered, counted by day: what operators
 * write new common questions for. Only words the law texts use (宅基地, 工伤) are kept, never the
 * question, so no name, number or story is: see LibraryAskService.
 */
export const libraryUnansweredTerms = pgTable(
  'library_unanswered_terms',
  {
    day: text('day').notNull(),
    term: text('term').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.term] })],
)

// Every id is made by the import from the files, which writes each row once per import.
answerConflicts({
  library_laws_pkey: null,
  library_articles_pkey: null,
  library_articles_law_number_idx: null,
  library_cases_pkey: null,
  library_case_articles_case_id_article_id_pk: null,
  library_sources_pkey: null,
  // Replaced whole, under a lock, by the one who saves (the shipped lists likewise at start).
  library_terms_pkey: null,
  library_questions_pkey: null,
  library_edits_pkey: null,
  // Counted with `on conflict do update`.
  library_ask_counts_day_outcome_question_id_pk: null,
  library_unanswered_terms_day_term_pk: null,
})
