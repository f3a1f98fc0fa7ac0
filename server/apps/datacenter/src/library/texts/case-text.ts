import { chineseNumeral, NUMERAL } from './chinese-numerals.js'

export interface CaseSection {
  heading: string
  paragraphs: string[]
}

/** An example case as its file gives it (案例/: a title, then `##` sections of paragraphs). */
export interface CaseText {
  title: string
  sections: CaseSection[]
}

/** Reads one example case; throws, naming the file, on one with no title or no text. */
export function parseCaseText(source: string, name: string): CaseText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const end = lines.findIndex((l) => l.trim() === '<!-- INFO END -->')
  const title = lines
    .find((l) => /^#\s/.test(l))
    ?.replace(/^#\s+/, '')
    .trim()
  if (!title) throw new Error(`${name}: no # title`)
  const sections: CaseSection[] = []
  for (const raw of lines.slice(end + 1)) {
    const line = raw.trim()
    if (!line) continue
    const heading = /^#{2,6}\s+(.+)$/.exec(line)
    if (heading) sections.push({ heading: heading[1].trim(), paragraphs: [] })
    else if (sections.length) sections[sections.length - 1].paragraphs.push(line)
    else sections.push({ heading: '', paragraphs: [line] })
  }
  if (!sections.some((s) => s.paragraphs.length)) throw new Error(`${name}: no text`)
  return { title, sections }
}

/** An article a text cites: the law by the name the library knows it by, and the article's number. */
export interface Citation {
  law: string
  number: number
}

/**
 * The articles a text cites, in the order it cites them, each once: 《中华人民共和国民法典》第一千零五十三条,
 * 民法典第一千零五十四条, and the articles listed after one (第一千零四十二条、第一千零七十九条). `laws` are the
 * names the library knows, without 中华人民共和国; a law the library does not hold is not a citation.
 */
export function citedArticles(text: string, laws: readonly string[]): Citation[] {
  if (!laws.length) return []
  // The longest name first: 劳动合同法实施条例 before 劳动合同法.
  const names = [...laws].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const cite = new RegExp(
    `(?:《(?:中华人民共和国)?)?(${names.join('|')})》?((?:(?:、|和|及|以及)?第${NUMERAL}条(?:第${NUMERAL}[款项])*)+)`,
    'g',
  )
  const seen = new Set<string>()
  const found: Citation[] = []
  for (const m of text.matchAll(cite)) {
    for (const n of m[2].matchAll(new RegExp(`(?:^|、|和|及|以及)第(${NUMERAL})条`, 'g'))) {
      const number = chineseNumeral(n[1])
      const key = `${m[1]}#${number}`
      if (number === null || seen.has(key)) continue
      seen.add(key)
      found.push({ law: m[1], number })
    }
  }
  return found
}
