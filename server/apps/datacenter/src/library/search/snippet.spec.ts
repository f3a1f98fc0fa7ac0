import { snippet } from './snippet'

const text = (parts: { text: string; hit: boolean }[]) => parts.map((p) => p.text).join('')
const hits = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text)

describe('snippets', () => {
  it('marks every occurrence of the words, merging runs that touch', () => {
    const parts = snippet('禁止家庭暴力。家庭成员之间不得虐待。', ['家庭暴力', '家庭', '虐待'])
    expect(hits(parts)).toEqual(['家庭暴力', '家庭', '虐待'])
    expect(text(parts)).toBe('禁止家庭暴力。家庭成员之间不得虐待。')
  })

  it('shows the window where the words are densest, with … where the text goes on', () => {
    const long = `${'甲'.repeat(200)}本条说的是工伤认定。${'乙'.repeat(200)}`
    const parts = snippet(long, ['工伤'], 40)
    expect(hits(parts)).toEqual(['工伤'])
    expect(parts[0].text.startsWith('…')).toBe(true)
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true)
    expect(text(parts).length).toBeLessThanOrEqual(42)
  })

  it('finds words whatever their case, and shows the text as written', () => {
    expect(text(snippet('适用ETC通行', ['etc']))).toBe('适用ETC通行')
    expect(hits(snippet('适用ETC通行', ['etc']))).toEqual(['ETC'])
  })

  it('gives the start of the text when nothing matches', () => {
    const parts = snippet('第一段。第二段。', ['比特币'], 4)
    expect(parts).toEqual([{ text: '第一段。…', hit: false }])
  })
})
