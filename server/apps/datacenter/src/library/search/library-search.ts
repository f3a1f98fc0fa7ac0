import type { ArticleFilter, ArticleSearch } from './article-search.js'
import type { QuestionIndex } from './question-index.js'
import type { TermMap } from './term-map.js'

export interface SearchIndexes {
  articles: ArticleSearch
  termMap: TermMap
  questions: QuestionIndex
}

/**
 * The library's article search as the app gets it: the query widened by the term map, and the
 * articles of a common question that answers it first (as the Q&A gives them), then BM25's order.
 */
export function searchArticles(
  { articles, termMap, questions }: SearchIndexes,
  query: string,
  opts: { filter?: ArticleFilter; offset?: number; limit?: number } = {},
) {
  const common = questions.best(termMap.expand(query))
  return articles.search(query, termMap, { ...opts, prefer: new Set(common?.articleIds) })
}
