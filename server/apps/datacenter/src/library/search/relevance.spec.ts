import { labelledQuestions, measureRelevance } from '../../../../../../scripts/lib/library-relevance.mjs'
import { ROOT, shippedArticles, shippedTermMap } from '../../../../../../tests/library/corpus'
import { ArticleSearch } from './article-search'

// The search rule on the labelled questions, in process: what `npm run bench` measures through the
// servers. The bar is hit@5 ≥ 80%; the figures are printed by the bench.
describe('relevance on the labelled villager questions', () => {
  const search = new ArticleSearch(shippedArticles())
  const termMap = shippedTermMap()
  const questions = labelledQuestions(ROOT)
  const hitsOf = (q: string) =>
    search.search(q, termMap, { limit: 10 }).hits.map((h) => ({ id: h.article.id, lawTitle: h.article.lawTitle }))

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

  it('owes most of that to the term map: without it, far fewer are found', async () => {
    const bare = new ArticleSearch(shippedArticles())
    const { TermMap } = await import('./term-map')
    const empty = new TermMap([])
    const without = await measureRelevance(questions, (q) =>
      bare.search(q, empty, { limit: 10 }).hits.map((h) => ({ id: h.article.id, lawTitle: h.article.lawTitle })),
    )
    const withMap = await measureRelevance(questions, hitsOf)
    expect(withMap.hit5 - without.hit5).toBeGreaterThan(0.2)
  })
})
