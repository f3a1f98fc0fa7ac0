import { labelledQuestions, measureRelevance } from '../../../../../../scripts/lib/library-relevance.mjs'
import { ROOT, shippedArticles, shippedIndexes } from '../../../../../../tests/library/corpus'
import { searchArticles } from './library-search'
import { QuestionIndex } from './question-index'
import { TermMap } from './term-map'

// The search rule on the labelled questions, in process: what `npm run bench` measures through the
// servers. The bar is hit@5 ≥ 80%; the figures are printed by the bench.
describe('relevance on the labelled villager questions', () => {
  const indexes = shippedIndexes()
  const questions = labelledQuestions(ROOT)
  const hitsOf = (q: string) =>
    searchArticles(indexes, q, { limit: 10 }).hits.map((h) => ({ id: h.article.id, lawTitle: h.article.lawTitle }))

  it('has at least 100 questions, each with an article the library holds', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100)
    const held = new Set(
      shippedArticles()
        .filter((a) => a.inForce)
        .map((a) => `${a.lawShortTitle} ${a.number}`),
    )
    expect(questions.flatMap((q) => q.a).filter((a) => !held.has(a))).toEqual([])
  })

  it('finds an answering article in the first five for at least 80% of them', async () => {
    const r = await measureRelevance(questions, hitsOf)
    expect(r.hit5).toBeGreaterThanOrEqual(0.8)
  })

  it('owes most of that to the curated words: without the term map and the common questions, far fewer are found', async () => {
    const bare = { articles: indexes.articles, termMap: new TermMap([]), questions: new QuestionIndex([]) }
    const without = await measureRelevance(questions, (q) =>
      searchArticles(bare, q, { limit: 10 }).hits.map((h) => ({ id: h.article.id, lawTitle: h.article.lawTitle })),
    )
    const withMap = await measureRelevance(questions, hitsOf)
    expect(withMap.hit5 - without.hit5).toBeGreaterThan(0.2)
  })
})
