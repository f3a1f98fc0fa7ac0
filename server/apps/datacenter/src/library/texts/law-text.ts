import { chineseNumeral, NUMERAL } from './chinese-numerals.js'

/** One entry of a law's history: the date and what happened (通过, 修正, 修订, 施行). */
export interface LawEvent {
  date: string
  text: string
}

/** An article as the file gives it: its number, the headings above it, and its paragraphs. */
export interface LawArticle {
  number: number
  /** As written, for the citation: 第一千零五十三条. */
  numberText: string
  /** The 编/分编/章/节 headings it sits under, outermost first. */
  headings: string[]
  /** The first paragraph without its 第N条, then the continuation paragraphs. */
  paragraphs: string[]
}

export interface LawText {
  title: string
  /** A part of a law kept in its own file (民法典: 总则, 物权编, …), or null. */
  book: string | null
  history: LawEvent[]
  /** Paragraphs before the first article (a judicial interpretation's purpose and number). */
  preamble: string[]
  articles: LawArticle[]
}

const HISTORY_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$/
// 第N条 and a space, then the text; one file writes `第一百二十八 条侦查…` (刑事诉讼法 2018), read the same.
const ARTICLE = new RegExp(`^第(${NUMERAL})(?:[ \u3000]+条[ \u3000]*|条[ \u3000]+)(.*)$`)
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
const HEADING = /^(#{2,6})\s+(.+)$/

/** A date as ISO (2021-08-20). */
function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
}

/**
 * Reads one law file (the format SOURCE.md describes): the `# title` (and a `# book` for a law kept
 * a file per book), the dated history lines up to `<!-- INFO END -->` (a line that does not start
 * with a date continues the one before; lines before the first date repeat the title), then the
 * headings and one paragraph per article, continuation paragraphs following without a 第N条;
 * paragraphs before the first article are its preamble.
 * Throws, naming the line, on a file that does not keep to the format.
 */
export function parseLawText(source: string, name: string): LawText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const end = lines.findIndex((l) => l.trim() === '<!-- INFO END -->')
  if (end < 0) throw new Error(`${name}: no <!-- INFO END --> line`)
  const titles = lines
    .slice(0, end)
    .filter((l) => /^#\s/.test(l))
    .map((l) => l.replace(/^#\s+/, '').trim())
  if (!titles.length) throw new Error(`${name}: no # title`)
  const history: LawEvent[] = []
  for (const raw of lines.slice(0, end)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const m = HISTORY_DATE.exec(line)
    if (m) history.push({ date: isoDate(m[1], m[2], m[3]), text: m[4].trim() })
    else if (history.length) history[history.length - 1].text += line
  }
  const preamble: string[] = []
  const articles: LawArticle[] = []
  const headings: { level: number; text: string }[] = []
  let last = 0
  let afterHeading = false
  lines.slice(end + 1).forEach((raw, i) => {
    const line = raw.trim()
    // A line of nothing but invisible characters (a zero-width space in 民事诉讼法) is blank.
    if (!line.replace(INVISIBLE, '')) return
    const heading = HEADING.exec(line)
    if (heading) {
      const level = heading[1].length
      while (headings.length && headings[headings.length - 1].level >= level) headings.pop()
      headings.push({ level, text: heading[2].replace(/\s+/g, ' ').trim() })
      afterHeading = true
      return
    }
    // A heading written over two lines (刑事诉讼法 2018: `### 第四章 …死亡案件` then `违法所得的没收程序`).
    if (afterHeading && articles.length && !ARTICLE.test(line)) {
      headings[headings.length - 1].text += line
      return
    }
    afterHeading = false
    const article = ARTICLE.exec(line)
    if (article) {
      const number = chineseNumeral(article[1])
      if (number === null || number <= last)
        throw new Error(`${name}:${end + 2 + i}: article number ${article[1]} after ${last}`)
      last = number
      articles.push({
        number,
        numberText: `第${article[1]}条`,
        headings: headings.map((h) => h.text),
        paragraphs: [article[2].trim()],
      })
      return
    }
    if (articles.length) articles[articles.length - 1].paragraphs.push(line)
    else preamble.push(line)
  })
  if (!articles.length) throw new Error(`${name}: no articles`)
  return { title: titles[0], book: titles[1] ?? null, history, preamble, articles }
}
