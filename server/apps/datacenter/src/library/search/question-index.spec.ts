import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, shippedArticles, shippedQuestions, shippedTermMap } from '../../../../../../tests/library/corpus'

describe('the shipped common questions', () => {
  const articles = shippedArticles()
  const index = shippedQuestions(articles)
  const termMap = shippedTermMap()
  const shipped = JSON.parse(readFileSync(join(ROOT, 'server/apps/datacenter/data/library/questions.json'), 'utf8'))
    .questions as { id: string; articles: string[]; service: string }[]

  it('are at least 60, each citing only articles the library holds', () => {
    expect(index.questions.length).toBeGreaterThanOrEqual(60)
    const unresolved = index.questions.filter((q) => q.articleIds.length !== q.articles.length).map((q) => q.id)
    expect(unresolved).toEqual([])
  })

  it('name a service of the catalogue, or the adviser', () => {
    const catalogue = [
      'legal-aid',
      'people-mediation',
      'notarization',
      'judicial-appraisal',
      'lawyer-consult',
      'legal-consult',
      'video-consult',
    ]
    expect(shipped.filter((q) => q.service !== 'adviser' && !catalogue.includes(q.service))).toEqual([])
  })

  it('each answer the way they are asked, and each other way listed', () => {
    const wrong = index.questions.flatMap((q) =>
      [q.question, ...q.alsoAsked].flatMap((asked) => {
        const best = index.best(termMap.expand(asked))
        return best?.id === q.id ? [] : [`${asked} → ${best?.id ?? 'nothing'}`]
      }),
    )
    expect(wrong).toEqual([])
  })

  it('answer nothing to what is not a legal question', () => {
    for (const asked of ['今天天气怎么样', '比特币挖矿显卡怎么选', '红烧肉怎么做好吃', '😀😀😀'])
      expect([asked, index.best(termMap.expand(asked))]).toEqual([asked, null])
  })
})
