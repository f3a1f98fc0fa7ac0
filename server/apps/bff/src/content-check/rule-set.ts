import type { ContentRule } from '@pocket/contract'

export type RuleVerdict = 'risky' | 'review' | 'pass'

/**
 * What is compared with a word: letters and digits only (spaces, punctuation and zero-width
 * characters dropped, full-width forms folded, case ignored), so "网 赌·平台" and "网赌平台" match.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** The content check's rules, compiled once per list: a text's verdict in microseconds. */
export class RuleSet {
  private readonly words: { word: string; verdict: 'risky' | 'review' }[]
  private readonly patterns: { re: RegExp; verdict: 'risky' | 'review' }[]

  constructor(rules: ContentRule[]) {
    this.words = rules
      .filter((r) => r.match === 'word')
      .map((r) => ({ word: normalize(r.pattern), verdict: r.verdict }))
    this.patterns = rules
      .filter((r) => r.match === 'regex')
      .flatMap((r) => {
        try {
          return [{ re: new RegExp(r.pattern, 'iu'), verdict: r.verdict }]
        } catch {
          return [] // the data center refuses a bad pattern; one that slipped in matches nothing
        }
      })
  }

  get size(): number {
    return this.words.length + this.patterns.length
  }

  /** Risky if any risky rule matches; else review if any rule matches; else pass. */
  judge(text: string): RuleVerdict {
    const plain = normalize(text)
    const nfkc = text.normalize('NFKC')
    let verdict: RuleVerdict = 'pass'
    for (const w of this.words) {
      if (w.word && plain.includes(w.word)) {
        if (w.verdict === 'risky') return 'risky'
        verdict = 'review'
      }
    }
    for (const p of this.patterns) {
      if (p.re.test(nfkc)) {
        if (p.verdict === 'risky') return 'risky'
        verdict = 'review'
      }
    }
    return verdict
  }
}
