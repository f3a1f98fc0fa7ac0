import { z } from 'zod'
import { Instant, RecordId } from '../common.js'
import {
  ArticleDetail,
  AskAnswer,
  AskBody,
  CaseDetail,
  CaseList,
  CaseSearchQuery,
  CaseSearchResult,
  LawCatalog,
  LawDetail,
  LawSearchQuery,
  LawSearchResult,
} from '../app-api/library.js'
import type { RouteTable } from '../route.js'

const Word = z.string().trim().min(1, 'form.termsInvalid').max(30, 'form.termsInvalid')

/** An entry of the everyday→legal term map: what people say (家暴), the statutes' words (家庭暴力). */
export const TermEntry = z
  .object({ everyday: Word, legal: z.array(Word).min(1, 'form.termsInvalid').max(8, 'form.termsInvalid') })
  .meta({ id: 'TermEntry' })
export type TermEntry = z.infer<typeof TermEntry>

const unique = (keys: string[]) => new Set(keys).size === keys.length

export const TermList = z
  .object({
    items: z.array(TermEntry).max(5000, 'form.termsInvalid'),
    /** When operators last replaced it (null: it is still the list that shipped). */
    updatedAt: Instant.nullable(),
  })
  .meta({ id: 'TermList' })
export type TermList = z.infer<typeof TermList>

export const TermsBody = z
  .object({
    items: z
      .array(TermEntry)
      .max(5000, 'form.termsInvalid')
      .refine((items) => unique(items.map((t) => t.everyday)), 'form.termsInvalid'),
  })
  .meta({ id: 'TermsBody' })

/** A common question (常见问题): asked in people's words, answered in plain words, resting on articles. */
export const CommonQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    question: z.string().trim().min(2).max(100),
    /** Other ways people ask it, matched like the question. */
    alsoAsked: z.array(z.string().trim().min(2).max(100)).max(20),
    answer: z.string().trim().min(2).max(2000),
    /** The articles it rests on: `<law short title> <number>` of the law in force (`民法典 1079`). */
    articles: z.array(z.string().regex(/^\S+ \d{1,4}$/)).max(10),
    /** What to do next: a catalogue item's code, or `adviser`. */
    service: z.string().regex(/^[a-z0-9-]{1,40}$/),
  })
  .meta({ id: 'CommonQuestion' })
export type CommonQuestion = z.infer<typeof CommonQuestion>

export const QuestionList = z
  .object({ items: z.array(CommonQuestion).max(2000), updatedAt: Instant.nullable() })
  .meta({ id: 'QuestionList' })
export type QuestionList = z.infer<typeof QuestionList>

export const QuestionsBody = z
  .object({
    items: z
      .array(CommonQuestion)
      .max(2000)
      .refine((items) => unique(items.map((q) => q.id)), 'ids must be unique'),
  })
  .meta({ id: 'QuestionsBody' })

export const AskStatsQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) })

/**
 * Questions asked, by day: how many a common question answered, how many only articles did, how many
 * nothing did; and the statutes' words in those no common question answered. No question is kept.
 */
export const AskStats = z
  .object({
    days: z.array(
      z.object({
        day: z.string(),
        question: z.number().int(),
        library: z.number().int(),
        none: z.number().int(),
      }),
    ),
    /** The common questions that answered most over the period. */
    questions: z.array(z.object({ id: z.string(), question: z.string(), count: z.number().int() })),
    /** The statutes' words most often in questions no common question answered: what to write one for. */
    unanswered: z.array(z.object({ term: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'AskStats' })
export type AskStats = z.infer<typeof AskStats>

export const dcLibraryRoutes = {
  libraryLaws: {
    method: 'get',
    path: '/library/laws',
    tag: 'library',
    auth: true,
    summary: 'The laws of the library by category',
    response: LawCatalog,
  },
  librarySearch: {
    method: 'get',
    path: '/library/laws/search',
    tag: 'library',
    auth: true,
    summary: 'Articles best first (BM25 over jieba words, the term map applied), with highlighted snippets',
    query: LawSearchQuery,
    response: LawSearchResult,
  },
  libraryLaw: {
    method: 'get',
    path: '/library/laws/{id}',
    tag: 'library',
    auth: true,
    summary: 'A law with its table of contents',
    params: z.object({ id: RecordId }),
    response: LawDetail,
    errors: ['NOT_FOUND'],
  },
  libraryArticle: {
    method: 'get',
    path: '/library/articles/{id}',
    tag: 'library',
    auth: true,
    summary: 'An article with its citation, neighbours and the cases that apply it',
    params: z.object({ id: RecordId }),
    response: ArticleDetail,
    errors: ['NOT_FOUND'],
  },
  libraryCases: {
    method: 'get',
    path: '/library/cases',
    tag: 'library',
    auth: true,
    summary: 'The example cases',
    response: CaseList,
  },
  libraryCaseSearch: {
    method: 'get',
    path: '/library/cases/search',
    tag: 'library',
    auth: true,
    summary: 'Example cases best first',
    query: CaseSearchQuery,
    response: CaseSearchResult,
  },
  libraryCase: {
    method: 'get',
    path: '/library/cases/{id}',
    tag: 'library',
    auth: true,
    summary: 'An example case with the articles it applies',
    params: z.object({ id: RecordId }),
    response: CaseDetail,
    errors: ['NOT_FOUND'],
  },
  libraryAsk: {
    method: 'post',
    path: '/library/ask',
    tag: 'library',
    auth: true,
    summary: 'Answers a question from the common questions and the library (retrieved, never generated); counted',
    body: AskBody,
    response: AskAnswer,
  },
  libraryTerms: {
    method: 'get',
    path: '/library/terms',
    tag: 'library',
    auth: true,
    summary: 'The everyday→legal term map applied to queries',
    response: TermList,
  },
  putLibraryTerms: {
    method: 'put',
    path: '/library/terms',
    tag: 'library',
    auth: true,
    summary: 'Replaces the term map (operators, system actor); audited',
    body: TermsBody,
    response: TermList,
    errors: ['FORBIDDEN'],
  },
  libraryQuestions: {
    method: 'get',
    path: '/library/questions',
    tag: 'library',
    auth: true,
    summary: 'The common questions the Q&A answers from',
    response: QuestionList,
  },
  putLibraryQuestions: {
    method: 'put',
    path: '/library/questions',
    tag: 'library',
    auth: true,
    summary:
      'Replaces the common questions (operators, system actor); each must cite articles the library holds; audited',
    body: QuestionsBody,
    response: QuestionList,
    errors: ['FORBIDDEN'],
  },
  libraryAskStats: {
    method: 'get',
    path: '/library/ask-stats',
    tag: 'library',
    auth: true,
    summary: 'Questions asked per day and whether they were answered (counts only)',
    query: AskStatsQuery,
    response: AskStats,
  },
} as const satisfies RouteTable
