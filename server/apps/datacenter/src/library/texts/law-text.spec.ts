import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { chineseNumeral, toChineseNumeral } from './chinese-numerals'
import { parseLawText } from './law-text'

const LAWS = join(__dirname, '../../../data/laws')

/** Every statute file the library imports: not the example cases, not the folder indexes. */
function lawFiles(dir = LAWS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === '案例' ? [] : lawFiles(path)
    return e.name.endsWith('.md') && e.name !== '_index.md' && e.name !== 'SOURCE.md' ? [path] : []
  })
}

const read = (path: string) => readFileSync(join(LAWS, path), 'utf8')

describe('Chinese numerals of article numbers', () => {
  it('read as laws write them, and back', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['一百零五', 105],
      ['一百一十', 110],
      ['二百零五', 205],
      ['一千零五十三', 1053],
      ['一千二百六十', 1260],
    ]
    for (const [text, n] of cases) {
      expect(chineseNumeral(text)).toBe(n)
      expect(toChineseNumeral(n)).toBe(text)
    }
  })

  it('are not numbers when they are not numerals', () => {
    for (const text of ['', '条', '一二', '十百', '一a']) expect(chineseNumeral(text)).toBeNull()
  })
})

describe('a law file', () => {
  it('gives its title, its dated history (a date line continued on the next), and each article with its paragraphs', () => {
    const aid = parseLawText(read('行政法/法律援助法(2021-08-20).md'), 'aid')
    expect(aid.title).toBe('中华人民共和国法律援助法')
    expect(aid.book).toBeNull()
    expect(aid.history).toEqual([{ date: '2021-08-20', text: '第十三届全国人民代表大会常务委员会第三十次会议通过' }])
    expect(aid.articles).toHaveLength(71)
    expect(aid.articles[3]).toEqual({
      number: 4,
      numberText: '第四条',
      headings: ['第一章 总 则'],
      paragraphs: [
        expect.stringMatching(/^县级以上人民政府应当将法律援助工作纳入/),
        expect.stringMatching(/^县级以上人民政府应当健全法律援助保障体系/),
      ],
    })
    const land = parseLawText(read('行政法/土地管理法(2019-08-26).md'), 'land')
    expect(land.history.map((e) => e.date)).toEqual([
      '1986-06-25',
      '1988-12-29',
      '1998-08-29',
      '2004-08-28',
      '2019-08-26',
    ])
    expect(land.history[4].text).toMatch(/〈中华人民共和国城市房地产管理法〉的决定》第三次修正$/)
  })

  it('of a judicial interpretation keeps what comes before its first article as its preamble', () => {
    const second = parseLawText(
      read('司法解释/最高人民法院关于适用《民法典》婚姻家庭编的解释（二）(2025-01-15).md'),
      'second',
    )
    expect(second.preamble).toEqual([
      '最高人民法院 关于适用《中华人民共和国民法典》 婚姻家庭编的解释（二）',
      '法释〔2025〕1号',
      expect.stringMatching(/^为正确审理婚姻家庭纠纷案件/),
    ])
    expect(second.articles[0].numberText).toBe('第一条')
  })

  it('of the Civil Code gives its book, and articles numbered on from the book before', () => {
    const family = parseLawText(read('民法典/婚姻家庭编.md'), 'family')
    expect(family.title).toBe('中华人民共和国民法典')
    expect(family.book).toBe('婚姻家庭编')
    const disease = family.articles.find((a) => a.number === 1053)
    expect(disease?.numberText).toBe('第一千零五十三条')
    expect(disease?.paragraphs[0]).toMatch(/^一方患有重大疾病的，应当在结婚登记前如实告知另一方/)
  })

  it('that breaks the format is refused with its line', () => {
    expect(() => parseLawText('# 法\n\n第一条 文', 'x')).toThrow('x: no <!-- INFO END --> line')
    expect(() => parseLawText('# 法\n<!-- INFO END -->\n第二条 甲\n\n第一条 乙', 'x')).toThrow(
      'x:5: article number 一 after 2',
    )
    expect(() => parseLawText('# 法\n<!-- INFO END -->\n\n序言', 'x')).toThrow('x: no articles')
  })
})

describe('every law the library ships', () => {
  const files = lawFiles()

  it('parses, and every article keeps its text exactly: each paragraph is a line of its file, in order', () => {
    expect(files.length).toBeGreaterThan(60)
    const wrong: string[] = []
    for (const file of files) {
      const name = relative(LAWS, file)
      const source = readFileSync(file, 'utf8')
      const law = parseLawText(source, name)
      const lines = source.split('\n').map((l) => l.trim())
      // The article lines in the file, and the articles parsed: the same count.
      // (One file has `第一百二十八 条侦查…`: the space on the wrong side of 条.)
      const articleLines = lines.filter((l) =>
        /^第[零〇一二两三四五六七八九十百千]+(?:[ \u3000]+条|条[ \u3000])/.test(l),
      ).length
      if (articleLines !== law.articles.length)
        wrong.push(`${name}: ${articleLines} lines, ${law.articles.length} articles`)
      let at = 0
      for (const article of law.articles) {
        const [first, ...rest] = article.paragraphs
        for (const paragraph of [`${article.numberText} ${first}`, ...rest]) {
          const found = lines.findIndex(
            (l, i) =>
              i >= at && l.replace(/^(第[^\s条]+)(?:[ \u3000]+条[ \u3000]*|条[ \u3000]+)/, '$1条 ') === paragraph,
          )
          if (found < 0) {
            wrong.push(`${name} ${article.numberText}: ${paragraph.slice(0, 30)}`)
            break
          }
          at = found + 1
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('numbers the articles of each file one after another, none missing', () => {
    const gaps: string[] = []
    for (const file of files) {
      const { articles } = parseLawText(readFileSync(file, 'utf8'), relative(LAWS, file))
      articles.forEach((a, i) => {
        if (i > 0 && a.number !== articles[i - 1].number + 1)
          gaps.push(`${relative(LAWS, file)}: ${articles[i - 1].numberText} → ${a.numberText}`)
      })
    }
    expect(gaps).toEqual([])
  })
})
