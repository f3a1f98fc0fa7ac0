import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { citedArticles, parseCaseText } from './case-text'

const CASES = join(__dirname, '../../../data/laws/案例')
const read = (path: string) => readFileSync(join(CASES, path), 'utf8')

describe('an example case', () => {
  it('gives its title and its sections with their paragraphs', () => {
    const c = parseCaseText(read('民法典/婚前隐瞒重大疾病 配偶可申请撤销婚姻.md'), 'disease')
    expect(c.title).toBe('婚前隐瞒重大疾病 配偶可申请撤销婚姻')
    expect(c.sections.map((s) => s.heading)).toEqual(['案情回顾', '法官解读'])
    expect(c.sections[0].paragraphs[0]).toMatch(/^李某\(男\)与张某\(女\)于2020年3月登记结婚/)
  })

  it('without a title or any text is refused', () => {
    expect(() => parseCaseText('<!-- INFO END -->\n\n## 案情\n\n文', 'x')).toThrow('x: no # title')
    expect(() => parseCaseText('# 案\n<!-- INFO END -->\n## 案情', 'x')).toThrow('x: no text')
  })

  it('every one the library ships parses', () => {
    const files = readdirSync(CASES, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.md') && !f.endsWith('_index.md'),
    )
    expect(files.length).toBeGreaterThan(40)
    for (const f of files) expect(parseCaseText(read(f), f).sections.length).toBeGreaterThan(0)
  })
})

describe('the articles a text cites', () => {
  const laws = ['民法典', '食品安全法', '劳动合同法', '劳动合同法实施条例']

  it('are found with the law in brackets or bare, and in a list after the first', () => {
    expect(
      citedArticles(
        '《中华人民共和国民法典》第一千零五十三条规定……民法典第一千零五十四条规定；食品安全法第一百四十八条第二款',
        laws,
      ),
    ).toEqual([
      { law: '民法典', number: 1053 },
      { law: '民法典', number: 1054 },
      { law: '食品安全法', number: 148 },
    ])
    expect(citedArticles('认定为民法典第一千零四十二条、第一千零七十九条和第一千零九十一条所称', laws)).toEqual([
      { law: '民法典', number: 1042 },
      { law: '民法典', number: 1079 },
      { law: '民法典', number: 1091 },
    ])
  })

  it('name the longest law that matches, each article once, and none of a law the library does not hold', () => {
    expect(citedArticles('依照劳动合同法实施条例第十条、劳动合同法第十条', laws)).toEqual([
      { law: '劳动合同法实施条例', number: 10 },
      { law: '劳动合同法', number: 10 },
    ])
    expect(citedArticles('民法典第一条，又及民法典第一条', laws)).toEqual([{ law: '民法典', number: 1 }])
    expect(citedArticles('刑法第二十条规定', laws)).toEqual([])
  })

  it('of a real case are the articles it applies', () => {
    const c = parseCaseText(read('民法典/婚前隐瞒重大疾病 配偶可申请撤销婚姻.md'), 'disease')
    const text = c.sections.flatMap((s) => s.paragraphs).join('\n')
    expect(citedArticles(text, laws)).toEqual([
      { law: '民法典', number: 1053 },
      { law: '民法典', number: 1054 },
    ])
  })
})
