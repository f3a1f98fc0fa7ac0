import { shippedArticles, shippedTermMap } from '../../../../../../tests/library/corpus'
import { ArticleSearch } from './article-search'

describe('article search on the shipped texts', () => {
  const articles = shippedArticles()
  const search = new ArticleSearch(articles)
  const termMap = shippedTermMap()
  const first = (q: string, opts = {}) => search.search(q, termMap, opts).hits[0]?.article

  it('puts the article a query cites first, by Chinese or Arabic number', () => {
    expect(first('劳动合同法第三十条')).toMatchObject({ lawShortTitle: '劳动合同法', number: 30 })
    expect(first('民法典 第1079条')).toMatchObject({ lawShortTitle: '民法典', number: 1079 })
  })

  it('ranks the articles of a law the query names first, and names the law', () => {
    const { hits } = search.search('劳动合同法 试用期', termMap)
    expect(hits.slice(0, 3).every((h) => h.article.lawShortTitle === '劳动合同法')).toBe(true)
    expect(hits[0].titleHit).toBe(true)
    const named = search.namedLaws('劳动合同')
    const titles = new Set(articles.filter((a) => named.has(a.lawId)).map((a) => a.lawShortTitle))
    expect([...titles].sort()).toEqual(['劳动合同法', '劳动合同法实施条例'])
  })

  it('answers in the legal words for a question in everyday words, the hits marked in the snippet', () => {
    const { hits } = search.search('被狗咬了谁负责', termMap, { limit: 3 })
    expect(hits[0].article.headings.join('')).toContain('饲养动物损害责任')
    expect(
      hits[0].snippet
        .filter((p) => p.hit)
        .map((p) => p.text)
        .join(''),
    ).toMatch(/动物|饲养/)
  })

  it('keeps to the category and the in-force status asked for', () => {
    const inForce = search.search('起诉状', termMap, { filter: { category: '诉讼与非诉讼程序法' } }).hits
    expect(inForce.length).toBeGreaterThan(0)
    expect(inForce.every((h) => h.article.category === '诉讼与非诉讼程序法' && h.article.inForce)).toBe(true)
    const old = search.search('起诉状', termMap, { filter: { status: 'superseded' } }).hits
    expect(old.length).toBeGreaterThan(0)
    expect(old.every((h) => !h.article.inForce)).toBe(true)
  })

  it('pages through the results without repeating one', () => {
    const page1 = search.search('离婚', termMap, { limit: 10 }).hits.map((h) => h.article.id)
    const page2 = search.search('离婚', termMap, { offset: 10, limit: 10 }).hits.map((h) => h.article.id)
    expect(page2).toHaveLength(10)
    expect(page1.filter((id) => page2.includes(id))).toEqual([])
  })

  it.each([
    ['one character', '法'],
    ['emoji', '😀😀'],
    ['SQL', "'; drop table library_articles; --"],
    ['regular-expression characters', '.*+?^${}()|[]\\'],
    ['full-width Latin and digits', 'ＡＢＣ１２３离婚'],
    ['traditional characters', '離婚後孩子歸誰'],
    ['a thousand characters', '离婚'.repeat(500)],
  ])('answers %s without failing', (_, q) => {
    const { hits, total } = search.search(q, termMap)
    expect(total).toBeGreaterThanOrEqual(hits.length)
    for (const h of hits) expect(h.snippet.length).toBeGreaterThan(0)
  })
})
