import { TermMap } from './term-map'

describe('everyday→legal term map', () => {
  const map = new TermMap([
    { everyday: '家暴', legal: ['家庭暴力'] },
    // The shorter entry first: the map must still try the longer one before it.
    { everyday: '狗', legal: ['动物饲养人'] },
    { everyday: '被狗咬', legal: ['饲养的动物'] },
    { everyday: '借钱', legal: ['借款'] },
  ])

  it('adds the statutes’ words to a question in people’s words, and keeps theirs', () => {
    const { terms, phrases } = map.expand('老公家暴怎么办')
    const words = terms.map((t) => t.term)
    expect(words).toEqual(expect.arrayContaining(['家庭暴力', '家暴', '老公']))
    expect(phrases).toEqual(['家庭暴力'])
    // The everyday word counts less than its translation: the statutes rarely say it.
    const weight = (w: string) => Math.max(...terms.filter((t) => t.term === w).map((t) => t.weight))
    expect(weight('家暴')).toBeLessThan(weight('家庭暴力'))
  })

  it('uses the longest entry, and not a shorter one inside it again', () => {
    expect(map.matches('被狗咬了谁负责').map((e) => e.everyday)).toEqual(['被狗咬'])
    expect(map.matches('狗叫扰民').map((e) => e.everyday)).toEqual(['狗'])
  })

  it('matches full-width and mixed-case text the same', () => {
    expect(map.matches('ＡＢ借钱').map((e) => e.everyday)).toEqual(['借钱'])
  })

  it('leaves a question with no entry as it is', () => {
    const { terms, phrases } = map.expand('土地承包')
    expect(phrases).toEqual([])
    expect(terms.every((t) => t.weight > 0)).toBe(true)
  })
})
