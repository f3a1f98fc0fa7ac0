import { normalize, queryTerms, terms } from './tokens.js'
import type { QueryTerm } from './bm25.js'

/** An entry of the everyday→legal term map: what people say, and the words the statutes use for it. */
export interface TermMapEntry {
  everyday: string
  legal: string[]
}

/** How much a word the map added counts against one the person typed. */
const ADDED = 1
/** A word the person typed that the map translated: the statutes rarely use it, its translation speaks for it. */
const TRANSLATED = 0.5

/**
 * Applies the term map to queries. Villagers ask in their words (家暴, 打人, 借钱, 被狗咬); the
 * statutes say 家庭暴力, 殴打, 借款, 饲养的动物: a query keeps its own words and gains the legal
 * ones of every entry it contains, longest entries first, each part of the query used by one entry.
 */
export class TermMap {
  private readonly entries: { everyday: string; legal: string[] }[]

  constructor(entries: readonly TermMapEntry[]) {
    this.entries = entries
      .map((e) => ({ everyday: normalize(e.everyday), legal: e.legal }))
      .filter((e) => e.everyday.length > 0)
      .sort((a, b) => b.everyday.length - a.everyday.length)
  }

  get size(): number {
    return this.entries.length
  }

  /** The entries the text contains, longest first; a shorter entry inside a longer one that matched is not used again. */
  matches(text: string): TermMapEntry[] {
    let rest = normalize(text)
    const found: TermMapEntry[] = []
    for (const e of this.entries) {
      if (!rest.includes(e.everyday)) continue
      found.push(e)
      rest = rest.replaceAll(e.everyday, '\u0000')
    }
    return found
  }

  /** The query's terms: its own words, and the legal words of the entries it contains (`own`: its words alone). */
  expand(text: string): { terms: QueryTerm[]; own: QueryTerm[]; phrases: string[] } {
    const found = this.matches(text)
    const translated = new Set(found.flatMap((e) => terms(e.everyday)))
    const own = queryTerms(text).map((t) => (translated.has(t.term) ? { ...t, weight: t.weight * TRANSLATED } : t))
    const legal = found.flatMap((e) => e.legal)
    const added = legal.flatMap((phrase) => queryTerms(phrase, ADDED))
    return { terms: [...own, ...added], own: queryTerms(text), phrases: legal.map(normalize) }
  }
}
