import { Injectable } from '@nestjs/common'
import type {
  ArticleDetail,
  CaseDetail,
  CaseList,
  CaseSearchResult,
  LawCatalog,
  LawCategory,
  LawDetail,
  LawSearchQuery,
  LawSearchResult,
  LawSection,
} from '@pocket/contract'
import { notFound } from '#common'
import { LibraryIndexService, type IndexedCase } from './library-index.service.js'
import { toArticleHit, toArticleRef, toLawSummary } from './library.mapper.js'
import { LibraryRepository } from './library.repository.js'
import { highlightWords } from './search/article-search.js'
import { searchArticles } from './search/library-search.js'
import { snippet } from './search/snippet.js'
import { normalize } from './search/tokens.js'
import { categoryRank, citationOf } from './texts/law-files.js'

/** How many laws a search names above its articles. */
const NAMED_LAWS = 5
const CASE_HITS = 10
const RERANK_CASES = 50

/** Browsing and searching the library: laws by category, a law's contents, articles, example cases. */
@Injectable()
export class LibraryService {
  constructor(
    private readonly repo: LibraryRepository,
    private readonly index: LibraryIndexService,
  ) {}

  /**
   * The articles of laws in force that citations name (`<short title> <number>`), in their order:
   * each one's id, or null where the library holds no such article (or cannot say yet).
   */
  async articleIds(refs: readonly string[]): Promise<(string | null)[]> {
    return (await this.cited(refs)).map((a) => a?.id ?? null)
  }

  /** The same, with each article's citation as people read it (《劳动合同法》第三十条). */
  async cited(refs: readonly string[]): Promise<({ id: string; citation: string } | null)[]> {
    const indexes = await this.index.textIndexes().catch(() => null)
    return refs.map((ref) => {
      const a = indexes?.cite(ref)
      return a ? { id: a.id, citation: citationOf(a.lawShortTitle, a.numberText) } : null
    })
  }

  async catalog(): Promise<LawCatalog> {
    const categories = new Map<string, LawCategory>()
    const { laws } = await this.index.textIndexes()
    for (const law of laws) {
      const name = law.category
      if (!categories.has(name)) categories.set(name, { name, laws: [] })
      categories.get(name)!.laws.push(toLawSummary(law, law.articleCount))
    }
    const ordered = [...categories.values()].sort(
      (a, b) => categoryRank(a.name) - categoryRank(b.name) || a.name.localeCompare(b.name),
    )
    return { categories: ordered }
  }

  async search(q: LawSearchQuery): Promise<LawSearchResult> {
    const [{ articles, laws: all }, { termMap, questions }] = await Promise.all([
      this.index.textIndexes(),
      this.index.listIndexes(),
    ])
    const found = searchArticles({ articles, termMap, questions }, q.q, {
      filter: { category: q.category, status: q.status },
      offset: q.offset,
      limit: q.limit,
    })
    const named = articles.namedLaws(q.q)
    const laws = named.size
      ? all
          .filter((l) => named.has(l.id) && (q.status === 'all' || (q.status === 'in-force') === l.inForce))
          .slice(0, NAMED_LAWS)
          .map((l) => toLawSummary(l, l.articleCount))
      : []
    return { laws, items: found.hits.map(toArticleHit), total: found.total }
  }

  async law(id: string): Promise<LawDetail> {
    const law = (await this.repo.law(id)) ?? notFound('law')
    const outline = await this.repo.outline(id)
    const sections: LawSection[] = []
    for (const a of outline) {
      const last = sections.at(-1)
      const here = { id: a.id, numberText: a.numberText }
      if (last && last.book === a.book && same(last.headings, a.headings)) {
        last.last = here
        last.articleCount++
      } else {
        sections.push({ headings: a.headings, book: a.book, first: here, last: here, articleCount: 1 })
      }
    }
    return {
      ...toLawSummary(law, outline.length),
      history: law.history,
      preamble: law.preamble,
      sections,
    }
  }

  async article(id: string): Promise<ArticleDetail> {
    const a = (await this.repo.article(id)) ?? notFound('article')
    const [previous, next, cases] = await Promise.all([
      this.repo.neighbour(a.law.id, a.number, 'previous'),
      this.repo.neighbour(a.law.id, a.number, 'next'),
      this.repo.casesCiting(a.id),
    ])
    return {
      ...toArticleRef(a),
      lawShortTitle: toLawSummary(a.law, 0).shortTitle,
      number: a.number,
      inForce: a.law.inForce,
      book: a.book,
      headings: a.headings,
      paragraphs: a.paragraphs,
      previous,
      next,
      cases,
    }
  }

  async cases(): Promise<CaseList> {
    const { cases } = await this.index.textIndexes()
    return { items: cases.docs.map(({ id, title, category }) => ({ id, title, category })) }
  }

  async searchCases(q: string): Promise<CaseSearchResult> {
    const [{ cases }, { termMap }] = await Promise.all([this.index.textIndexes(), this.index.listIndexes()])
    const { terms, phrases } = termMap.expand(q)
    const words = highlightWords(terms, phrases)
    // As with articles: a case whose title holds the whole query first, then one whose text does.
    const whole = normalize(q).replace(/[\s\p{P}]/gu, '')
    const tier = (c: IndexedCase) =>
      whole.length < 2 ? 0 : normalize(c.title).includes(whole) ? 2 : normalize(c.text).includes(whole) ? 1 : 0
    const found = cases.search(terms, RERANK_CASES).sort((a, b) => tier(b.item) - tier(a.item) || b.score - a.score)
    return {
      items: found.slice(0, CASE_HITS).map(({ item }) => ({
        id: item.id,
        title: item.title,
        category: item.category,
        snippet: snippet(item.text, words),
      })),
    }
  }

  async caseDetail(id: string): Promise<CaseDetail> {
    const c = (await this.repo.caseDetail(id)) ?? notFound('case')
    const articles = await this.repo.caseArticles(id)
    return {
      id: c.id,
      title: c.title,
      category: c.category,
      sections: c.sections,
      articles: articles.map(toArticleRef),
    }
  }
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i])
