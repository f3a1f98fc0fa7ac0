import { Bm25Index, type QueryTerm } from './bm25.js'
import { snippet, type SnippetPart } from './snippet.js'
import type { TermMap } from './term-map.js'
import { characters, normalize, queryTerms, terms } from './tokens.js'
import { chineseNumeral, NUMERAL } from '../texts/chinese-numerals.js'

/** 第三十条, 第30条: an article the query cites by its number. */
const CITED = new RegExp(`第\\s*(${NUMERAL}|\\d{1,4})\\s*条`)

/** An article as the search holds it. */
export interface SearchableArticle {
  id: string
  lawId: string
  lawTitle: string
  /** The name a citation uses (民法典). */
  lawShortTitle: string
  category: string
  inForce: boolean
  number: number
  numberText: string
  headings: string[]
  text: string
}

export interface ArticleFilter {
  category?: string
  /** `in-force` (the default): the laws in force; `superseded`: older versions; `all`. */
  status?: 'in-force' | 'superseded' | 'all'
}

export interface ArticleHit {
  article: SearchableArticle
  score: number
  /** The share of the query's words, rarity counted, the article holds. */
  coverage: number
  /** The article belongs to a law the query names, or holds the query's whole phrase. */
  titleHit: boolean
  phraseHit: boolean
  snippet: SnippetPart[]
}

/** How many of the best by BM25 are looked at again for title and phrase hits. */
const RERANK = 200
/**
 * How much a single character of the query counts. Measured on the labelled questions: 0.2 finds
 * more of the held-out ones (written after the term map) than none or 0.3, and costs the others nothing.
 */
const CHARACTER = 0.2
/** How many articles must use a word for it to count as the statutes' own (see statuteWords). */
const STATUTE_WORD_ARTICLES = 3

/**
 * Search over the articles of the library: BM25 over jieba's words of each article's text, its
 * headings and its law's name, the query widened by the term map. Articles of a law the query
 * names come first, then those holding the query's whole phrase (or a legal phrase the map gave
 * it), each group by BM25.
 */
/** What the index holds of an article: the words of its text, its headings and its law's name, and its characters. */
function termsOf(a: SearchableArticle): string[] {
  return [...terms(a.text), ...terms(a.headings.join(' ')), ...terms(a.lawShortTitle), ...characters(a.text)]
}

export class ArticleSearch {
  private readonly index: Bm25Index
  private readonly titles: { short: string; lawIds: Set<string> }[]
  private readonly byNumber = new Map<string, number>()
  private readonly byId = new Map<string, number>()

  /**
   * Builds the search a slice of articles at a time, letting the process answer other requests in
   * between: segmenting the corpus takes about a second of CPU, which would otherwise stall the
   * data center as a whole.
   */
  static async build(articles: readonly SearchableArticle[], slice = 250): Promise<ArticleSearch> {
    const docs: string[][] = []
    for (let i = 0; i < articles.length; i += slice) {
      docs.push(...articles.slice(i, i + slice).map(termsOf))
      await new Promise((resolve) => setImmediate(resolve))
    }
    return new ArticleSearch(articles, docs)
  }

  /** `docs`: each article's terms, when already made (see `build`). */
  constructor(
    private readonly articles: readonly SearchableArticle[],
    docs: readonly (readonly string[])[] = articles.map(termsOf),
  ) {
    this.index = new Bm25Index(docs)
    const byTitle = new Map<string, Set<string>>()
    for (const a of articles)
      byTitle.set(normalize(a.lawShortTitle), (byTitle.get(normalize(a.lawShortTitle)) ?? new Set()).add(a.lawId))
    this.titles = [...byTitle].map(([short, lawIds]) => ({ short, lawIds }))
    articles.forEach((a, doc) => {
      this.byNumber.set(`${a.lawId}#${a.number}`, doc)
      this.byId.set(a.id, doc)
    })
  }

  /** The article a query cites (劳动合同法第三十条), of the laws it names, when the library holds it. */
  private cited(query: string, named: Set<string>, keep: (doc: number) => boolean): number | null {
    const m = CITED.exec(normalize(query))
    if (!m) return null
    const number = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumeral(m[1])
    for (const lawId of named) {
      const doc = this.byNumber.get(`${lawId}#${number}`)
      if (doc !== undefined && keep(doc)) return doc
    }
    return null
  }

  get size(): number {
    return this.articles.length
  }

  /**
   * The words of a query that the statutes themselves use (in at least `MIN_ARTICLES` articles):
   * 宅基地, 工伤, 拖欠. A name, a number, a place or a story is not among them.
   */
  statuteWords(query: string): string[] {
    const words = queryTerms(query)
      .filter((t) => t.weight === 1 && [...t.term].length >= 2 && !/\d/.test(t.term))
      .map((t) => t.term)
    return [...new Set(words)].filter((w) => this.index.frequency(w) >= STATUTE_WORD_ARTICLES)
  }

  /** The laws a query names: it holds a law's short title, or it is part of one (劳动合同 → 劳动合同法). */
  namedLaws(query: string): Set<string> {
    const q = normalize(query).replace(/[\s\p{P}]/gu, '')
    const named = new Set<string>()
    if (q.length < 2) return named
    // A title the query holds (民法典) wins over titles that hold the query (劳动 → 劳动法, 劳动合同法).
    const holds = this.titles.filter((t) => q.includes(t.short))
    for (const t of holds.length ? holds : this.titles.filter((t) => t.short.includes(q))) {
      for (const id of t.lawIds) named.add(id)
    }
    return named
  }

  /** The best `limit` after `offset`, the query widened by the term map. */
  search(
    query: string,
    termMap: TermMap,
    {
      filter = {},
      offset = 0,
      limit = 10,
      prefer = new Set<string>(),
    }: { filter?: ArticleFilter; offset?: number; limit?: number; prefer?: ReadonlySet<string> } = {},
  ): { hits: ArticleHit[]; total: number; terms: QueryTerm[] } {
    const { terms: queryTerms, phrases } = termMap.expand(query)
    // Each character of the query, lightly: a word the index and the map do not know still finds
    // the articles that write its characters (借 in 借款, 赔 in 赔偿).
    const fallback = [...new Set(characters(query))].map((term) => ({ term, weight: CHARACTER }))
    const status = filter.status ?? 'in-force'
    const keep = (doc: number) => {
      const a = this.articles[doc]
      if (filter.category && a.category !== filter.category) return false
      return status === 'all' || (status === 'in-force') === a.inForce
    }
    const scored = this.index.search([...queryTerms, ...fallback], Math.max(RERANK, offset + limit), keep)
    const named = this.namedLaws(query)
    const whole = normalize(query).replace(/[\s\p{P}]/gu, '')
    const highlight = highlightWords(queryTerms, phrases)
    const hits = scored.map((s) => {
      const article = this.articles[s.doc]
      const phrase = whole.length >= 2 && normalize(article.text).includes(whole)
      return this.hitOf(s.doc, s.score, s.coverage, named.has(article.lawId), phrase)
    })
    // Articles a matching common question rests on come right after those of a law the query names.
    for (const id of prefer) {
      const doc = this.byId.get(id)
      if (doc !== undefined && keep(doc) && !hits.some((h) => h.article === this.articles[doc]))
        hits.push(this.hitOf(doc, 0, 0, named.has(this.articles[doc].lawId), false))
    }
    const rank = (h: ArticleHit) => tier(h) * 2 + (prefer.has(h.article.id) ? 3 : 0)
    hits.sort((a, b) => rank(b) - rank(a) || b.score - a.score)
    const cited = this.cited(query, named, keep)
    if (cited !== null) {
      const at = hits.findIndex((h) => h.article === this.articles[cited])
      const [hit] = at >= 0 ? hits.splice(at, 1) : [this.hitOf(cited, 0, 1, true, false)]
      hits.unshift(hit)
    }
    const best = hits.slice(offset, offset + limit)
    for (const h of best) h.snippet = snippet(h.article.text, highlight)
    return { hits: best, total: scored.length, terms: queryTerms }
  }

  private hitOf(doc: number, score: number, coverage: number, titleHit: boolean, phraseHit: boolean): ArticleHit {
    return { article: this.articles[doc], score, coverage, titleHit, phraseHit, snippet: [] }
  }
}

/** What a snippet marks: the words the person typed and the legal phrases the map gave, not the pieces inside them. */
export function highlightWords(terms: readonly QueryTerm[], phrases: readonly string[]): string[] {
  return [...new Set([...terms.filter((t) => t.weight >= 0.5).map((t) => t.term), ...phrases])]
}

const tier = (h: ArticleHit) => (h.titleHit ? 2 : 0) + (h.phraseHit ? 1 : 0)
