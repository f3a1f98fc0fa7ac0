import { Bm25Index } from './bm25'

const q = (...terms: string[]) => terms.map((term) => ({ term, weight: 1 }))

describe('BM25 index', () => {
  // Ten documents hold 申请; one holds 家庭暴力. A query with both must put that one first.
  const docs = [
    ...Array.from({ length: 9 }, (_, i) => ['申请', '法律', `其他${i}`]),
    ['申请', '法律', '家庭暴力'],
    ['家庭', '暴力'],
  ]
  const index = new Bm25Index(docs)

  it('ranks by rarity: a rare word outweighs a common one', () => {
    const [first] = index.search(q('申请', '家庭暴力'), 3)
    expect(first.doc).toBe(9)
    expect(index.rarity('家庭暴力')).toBeGreaterThan(index.rarity('申请') * 3)
  })

  it('gives the share of the query a document holds', () => {
    const found = index.search(q('家庭', '暴力', '家庭暴力'), 5)
    expect(found.map((f) => [f.doc, Number(f.coverage.toFixed(2))])).toEqual([
      [10, 0.67],
      [9, 0.33],
    ])
  })

  it('leaves out a term most documents hold when the query has a rarer one, and goes by it when it is all there is', () => {
    expect(index.search(q('申请', '家庭暴力'), 20).map((f) => [f.doc, f.coverage])).toEqual([[9, 1]])
    expect(index.search(q('申请'), 20)).toHaveLength(10)
  })

  it('counts a term the query repeats once, at its highest weight', () => {
    const once = index.search([{ term: '家庭暴力', weight: 1 }], 1)[0].score
    const twice = index.search(
      [
        { term: '家庭暴力', weight: 0.5 },
        { term: '家庭暴力', weight: 1 },
      ],
      1,
    )[0].score
    expect(twice).toBeCloseTo(once)
  })

  it('leaves out what the filter refuses, and returns at most the limit, best first', () => {
    const found = index.search(q('申请'), 4, (doc) => doc !== 9)
    expect(found).toHaveLength(4)
    expect(found.map((f) => f.doc)).not.toContain(9)
    for (let i = 1; i < found.length; i++) expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score)
  })

  it('keeps the best of many when only a few are asked for', () => {
    const many = new Bm25Index(
      Array.from({ length: 500 }, (_, i) => (i === 321 ? ['甲', '甲', '乙'] : ['甲', `x${i}`, `y${i}`])),
    )
    expect(many.search(q('甲'), 3)[0].doc).toBe(321)
  })

  it('answers an unknown word, an empty query and a zero limit with nothing, and leaves no score behind', () => {
    expect(index.search(q('比特币'), 5)).toEqual([])
    expect(index.search([], 5)).toEqual([])
    expect(index.search(q('申请'), 0)).toEqual([])
    const before = index.search(q('家庭'), 5)
    index.search(q('家庭', '申请'), 5)
    expect(index.search(q('家庭'), 5)).toEqual(before)
  })
})
