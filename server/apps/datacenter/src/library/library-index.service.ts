import { Injectable } from '@nestjs/common'
import { ArticleSearch, type SearchableArticle } from './search/article-search.js'
import { articleCiter } from './search/citations.js'
import { DocumentSearch } from './search/document-search.js'
import { QuestionIndex } from './search/question-index.js'
import { TermMap } from './search/term-map.js'
import { LibraryRepository } from './library.repository.js'
import { lawShortTitle } from './texts/law-files.js'

export interface IndexedCase {
  id: string
  title: string
  category: string
  text: string
  /** The articles it applies. */
  articleIds: string[]
}

type ArticleRow = Awaited<ReturnType<LibraryRepository['articlesToIndex']>>[number]

/** An article row as the search holds it (the bench builds its large corpus with it too). */
export function toSearchable(r: ArticleRow): SearchableArticle {
  return {
    id: r.id,
    lawId: r.lawId,
    lawTitle: r.law.title,
    lawShortTitle: lawShortTitle(r.law.title),
    category: r.law.category,
    inForce: r.law.inForce,
    number: r.number,
    numberText: r.numberText,
    headings: r.headings,
    text: r.paragraphs.join('\n'),
  }
}

/** What the texts give: built once per process (the texts change only when the data center starts and imports). */
export interface TextIndexes {
  articles: ArticleSearch
  byId: Map<string, SearchableArticle>
  /** `民法典 1079`, or a part of the title naming one law (`婚姻家庭编的解释（一） 5`) → the article of the law in force. */
  cite(ref: string): SearchableArticle | undefined
  cases: DocumentSearch<IndexedCase>
  /** The laws, in the import's order, with how many articles each has. */
  laws: LawWithCount[]
}

type LawWithCount = Awaited<ReturnType<LibraryRepository['laws']>>[number]

/** What operators edit: built again when either list was replaced (on any instance). */
export interface ListIndexes {
  edits: string
  termMap: TermMap
  questions: QuestionIndex
}

/**
 * The library's search indexes, in memory: BM25 over jieba's words (search/). The texts' index is
 * made once per process, as it starts (main.ts, LIBRARY_WARM_UP) or at its first search (about a
 * second for the whole corpus); the term map and the
 * common questions are read again whenever a list's edit time differs from the one they were made
 * at, so an operator's change is seen by every data-center instance on its next query.
 */
@Injectable()
export class LibraryIndexService {
  private texts: Promise<TextIndexes> | null = null
  private lists: Promise<ListIndexes> | null = null

  constructor(private readonly repo: LibraryRepository) {}

  textIndexes(): Promise<TextIndexes> {
    this.texts ??= this.buildTexts().catch((err: unknown) => {
      this.texts = null
      throw err
    })
    return this.texts
  }

  async listIndexes(): Promise<ListIndexes> {
    const edits = await this.repo.edits()
    const current = this.lists && (await this.lists.catch(() => null))
    if (!current || current.edits !== edits) {
      this.lists = this.buildLists(edits)
    }
    return this.lists!
  }

  private async buildTexts(): Promise<TextIndexes> {
    const [rows, caseRows, laws] = await Promise.all([
      this.repo.articlesToIndex(),
      this.repo.casesWithArticles(),
      this.repo.laws(),
    ])
    const articles = rows.map(toSearchable)
    const cases = caseRows.map((c): IndexedCase => ({
      id: c.id,
      title: c.title,
      category: c.category,
      text: c.sections.flatMap((s) => s.paragraphs).join('\n'),
      articleIds: c.articleIds,
    }))
    return {
      articles: await ArticleSearch.build(articles),
      byId: new Map(articles.map((a) => [a.id, a])),
      cite: articleCiter(articles),
      laws,
      // The title counts twice: it says what the case is about.
      cases: new DocumentSearch(cases, (c) => [c.title, c.title, c.text]),
    }
  }

  private async buildLists(edits: string): Promise<ListIndexes> {
    const [{ cite }, terms, questions] = await Promise.all([
      this.textIndexes(),
      this.repo.terms(),
      this.repo.questions(),
    ])
    const indexed = questions.map((q) => ({
      ...q,
      articleIds: q.articles.flatMap((c) => cite(c)?.id ?? []),
    }))
    return {
      edits,
      termMap: new TermMap(terms),
      questions: new QuestionIndex(indexed),
    }
  }
}
