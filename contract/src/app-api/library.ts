import { z } from 'zod'
import { RecordId } from '../common.js'
import type { RouteTable } from '../route.js'

/** A run of a snippet: `hit` marks a word the search looked for (the client marks it; no markup travels). */
export const SnippetPart = z.object({ text: z.string(), hit: z.boolean() }).meta({ id: 'SnippetPart' })
export type SnippetPart = z.infer<typeof SnippetPart>

/** A law (or one version of it): its title, the category it is filed under, its version's date. */
export const LawSummary = z
  .object({
    id: RecordId,
    title: z.string(),
    /** The name a citation uses: 中华人民共和国民法典 → 民法典. */
    shortTitle: z.string(),
    category: z.string(),
    /** The version's date (YYYY-MM-DD): of passage or of the last amendment. */
    version: z.string(),
    /** False for an older version kept beside the one in force. */
    inForce: z.boolean(),
    articleCount: z.number().int(),
  })
  .meta({ id: 'LawSummary' })
export type LawSummary = z.infer<typeof LawSummary>

export const LawCategory = z.object({ name: z.string(), laws: z.array(LawSummary) }).meta({ id: 'LawCategory' })
export type LawCategory = z.infer<typeof LawCategory>

export const LawCatalog = z.object({ categories: z.array(LawCategory) }).meta({ id: 'LawCatalog' })
export type LawCatalog = z.infer<typeof LawCatalog>

/** A section of a law's table of contents: its headings (编, 章, 节) and the articles under it. */
export const LawSection = z
  .object({
    headings: z.array(z.string()),
    /** The part of a law kept in its own file (民法典: 婚姻家庭编), or null. */
    book: z.string().nullable(),
    first: z.object({ id: RecordId, numberText: z.string() }),
    last: z.object({ id: RecordId, numberText: z.string() }),
    articleCount: z.number().int(),
  })
  .meta({ id: 'LawSection' })
export type LawSection = z.infer<typeof LawSection>

export const LawEvent = z.object({ date: z.string(), text: z.string() }).meta({ id: 'LawEvent' })

export const LawDetail = LawSummary.extend({
  history: z.array(LawEvent),
  preamble: z.array(z.string()),
  sections: z.array(LawSection),
}).meta({ id: 'LawDetail' })
export type LawDetail = z.infer<typeof LawDetail>

/** An article as a list shows it: the citation, and where it sits. */
export const ArticleRef = z
  .object({
    id: RecordId,
    lawId: RecordId,
    lawTitle: z.string(),
    numberText: z.string(),
    /** 《民法典》第一千零七十九条 */
    citation: z.string(),
  })
  .meta({ id: 'ArticleRef' })
export type ArticleRef = z.infer<typeof ArticleRef>

export const ArticleHit = ArticleRef.extend({
  headings: z.array(z.string()),
  snippet: z.array(SnippetPart),
  inForce: z.boolean(),
}).meta({ id: 'ArticleHit' })
export type ArticleHit = z.infer<typeof ArticleHit>

export const LibraryStatus = z.enum(['in-force', 'superseded', 'all'])
export type LibraryStatus = z.infer<typeof LibraryStatus>

/** What people type to search: anything at all, up to a sentence. */
export const SearchText = z.string().trim().min(1, 'form.searchBlank').max(100, 'form.librarySearchTooLong')

export const LawSearchQuery = z
  .object({
    q: SearchText,
    category: z.string().max(40).optional(),
    status: LibraryStatus.default('in-force'),
    /** Results past the 200th are not ranked again: page within them. */
    offset: z.coerce.number().int().min(0).max(180).default(0),
    limit: z.coerce.number().int().min(1).max(20).default(10),
  })
  .meta({ id: 'LawSearchQuery' })
export type LawSearchQuery = z.infer<typeof LawSearchQuery>

export const LawSearchResult = z
  .object({
    /** Laws whose title the query names (劳动合同 → 劳动合同法), at most five. */
    laws: z.array(LawSummary),
    items: z.array(ArticleHit),
    /** How many articles matched, counted up to 200. */
    total: z.number().int(),
  })
  .meta({ id: 'LawSearchResult' })
export type LawSearchResult = z.infer<typeof LawSearchResult>

export const CaseSummary = z
  .object({ id: RecordId, title: z.string(), category: z.string() })
  .meta({ id: 'CaseSummary' })
export type CaseSummary = z.infer<typeof CaseSummary>

export const ArticleDetail = ArticleRef.extend({
  lawShortTitle: z.string(),
  number: z.number().int(),
  inForce: z.boolean(),
  book: z.string().nullable(),
  headings: z.array(z.string()),
  /** The article's text as the law gives it: its first paragraph, then each continuation. */
  paragraphs: z.array(z.string()),
  previous: z.object({ id: RecordId, numberText: z.string() }).nullable(),
  next: z.object({ id: RecordId, numberText: z.string() }).nullable(),
  /** Example cases that apply it. */
  cases: z.array(CaseSummary),
}).meta({ id: 'ArticleDetail' })
export type ArticleDetail = z.infer<typeof ArticleDetail>

export const CaseList = z.object({ items: z.array(CaseSummary) }).meta({ id: 'CaseList' })
export type CaseList = z.infer<typeof CaseList>

export const CaseHit = CaseSummary.extend({ snippet: z.array(SnippetPart) }).meta({ id: 'CaseHit' })
export type CaseHit = z.infer<typeof CaseHit>

export const CaseSearchQuery = z.object({ q: SearchText }).meta({ id: 'CaseSearchQuery' })

export const CaseSearchResult = z.object({ items: z.array(CaseHit) }).meta({ id: 'CaseSearchResult' })
export type CaseSearchResult = z.infer<typeof CaseSearchResult>

export const CaseSection = z
  .object({ heading: z.string(), paragraphs: z.array(z.string()) })
  .meta({ id: 'CaseSection' })

export const CaseDetail = CaseSummary.extend({
  sections: z.array(CaseSection),
  /** The articles it applies, in the order it cites them. */
  articles: z.array(ArticleRef),
}).meta({ id: 'CaseDetail' })
export type CaseDetail = z.infer<typeof CaseDetail>

/** Where to go next: a catalogue item (its code) or the village adviser. */
export const NextService = z
  .object({ kind: z.enum(['catalog', 'adviser']), code: z.string().nullable() })
  .meta({ id: 'NextService' })
export type NextService = z.infer<typeof NextService>

export const AskBody = z
  .object({ question: z.string().trim().min(1, 'form.questionBlank').max(300, 'form.questionTooLong') })
  .meta({ id: 'AskBody' })
export type AskBody = z.infer<typeof AskBody>

export const AskAnswer = z
  .object({
    /** False when nothing relevant was found: the client offers the adviser and 12348. */
    answered: z.boolean(),
    /** The common question that best matches, with its answer. */
    question: z.object({ id: z.string(), question: z.string(), answer: z.string() }).nullable(),
    /** The most relevant articles: those the common question rests on first. */
    articles: z.array(ArticleHit),
    case: CaseSummary.nullable(),
    services: z.array(NextService),
  })
  .meta({ id: 'AskAnswer' })
export type AskAnswer = z.infer<typeof AskAnswer>

/** The law library, example cases and the common questions: public, no sign-in. */
export const libraryRoutes = {
  libraryLaws: {
    method: 'get',
    path: '/library/laws',
    tag: 'library',
    auth: false,
    summary: '法律法规目录（按类别）',
    response: LawCatalog,
  },
  librarySearch: {
    method: 'get',
    path: '/library/laws/search',
    tag: 'library',
    auth: false,
    summary: '搜索法条（相关度排序，含高亮摘要）',
    query: LawSearchQuery,
    response: LawSearchResult,
  },
  libraryLaw: {
    method: 'get',
    path: '/library/laws/{id}',
    tag: 'library',
    auth: false,
    summary: '一部法律及其目录',
    params: z.object({ id: RecordId }),
    response: LawDetail,
    errors: ['NOT_FOUND'],
  },
  libraryArticle: {
    method: 'get',
    path: '/library/articles/{id}',
    tag: 'library',
    auth: false,
    summary: '一条法条：原文、引用、前后条与适用的案例',
    params: z.object({ id: RecordId }),
    response: ArticleDetail,
    errors: ['NOT_FOUND'],
  },
  libraryCases: {
    method: 'get',
    path: '/library/cases',
    tag: 'library',
    auth: false,
    summary: '典型案例目录',
    response: CaseList,
  },
  libraryCaseSearch: {
    method: 'get',
    path: '/library/cases/search',
    tag: 'library',
    auth: false,
    summary: '搜索典型案例',
    query: CaseSearchQuery,
    response: CaseSearchResult,
  },
  libraryCase: {
    method: 'get',
    path: '/library/cases/{id}',
    tag: 'library',
    auth: false,
    summary: '一个案例：案情、裁判要旨与适用的法条',
    params: z.object({ id: RecordId }),
    response: CaseDetail,
    errors: ['NOT_FOUND'],
  },
  libraryAsk: {
    method: 'post',
    path: '/library/ask',
    tag: 'library',
    auth: false,
    summary: '智能咨询：从常见问题与法规中检索答案（不生成）',
    body: AskBody,
    response: AskAnswer,
  },
} as const satisfies RouteTable
