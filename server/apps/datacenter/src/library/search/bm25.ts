/** A term of a query and how much it counts (a word the person typed, or one the term map added). */
export interface QueryTerm {
  term: string
  weight: number
}

export interface Scored {
  doc: number
  score: number
  /** The share of the query's weight, rarity counted, that the document holds: 1 when it has every term. */
  coverage: number
}

const K1 = 1.2
const B = 0.75
/** How much a word no document holds counts toward the share of the query a document covers. */
const UNKNOWN = 0.5
/** The share of documents beyond which a term is too common to search by. */
const COMMON = 0.25

/**
 * An in-memory BM25 index over documents given as lists of terms (a term listed twice counts
 * twice). Rarity is what ranks: 家庭暴力 in a handful of articles outweighs 申请 in hundreds, which
 * PostgreSQL's ts_rank cannot do. Posting lists are typed arrays; a query touches only the lists
 * of its own terms, so it costs the length of those lists, not the size of the corpus.
 */
export class Bm25Index {
  private readonly ids = new Map<string, number>()
  private readonly postings: { docs: Int32Array; tfs: Float32Array }[] = []
  private readonly lengths: Float32Array
  private readonly avgLength: number
  private readonly scores: Float64Array
  private readonly matched: Float64Array

  constructor(docs: readonly (readonly string[])[]) {
    const lists: { docs: number[]; tfs: number[] }[] = []
    this.lengths = new Float32Array(docs.length)
    let total = 0
    docs.forEach((terms, doc) => {
      this.lengths[doc] = terms.length
      total += terms.length
      const counts = new Map<string, number>()
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1)
      for (const [t, tf] of counts) {
        let id = this.ids.get(t)
        if (id === undefined) {
          id = lists.length
          this.ids.set(t, id)
          lists.push({ docs: [], tfs: [] })
        }
        lists[id].docs.push(doc)
        lists[id].tfs.push(tf)
      }
    })
    for (const l of lists) this.postings.push({ docs: Int32Array.from(l.docs), tfs: Float32Array.from(l.tfs) })
    this.avgLength = docs.length ? total / docs.length : 1
    this.scores = new Float64Array(docs.length)
    this.matched = new Float64Array(docs.length)
  }

  get size(): number {
    return this.lengths.length
  }

  /** How many documents hold the term. */
  frequency(term: string): number {
    const id = this.ids.get(term)
    return id === undefined ? 0 : this.postings[id].docs.length
  }

  /** Robertson–Spärck Jones with the +1 that keeps it positive: a term in every document still counts a little. */
  rarity(term: string): number {
    const n = this.frequency(term)
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5))
  }

  /**
   * The documents holding any of the terms, best first, at most `limit`, those `keep` refuses left
   * out. A term repeated in the query counts once, at its highest weight.
   */
  search(query: readonly QueryTerm[], limit: number, keep?: (doc: number) => boolean): Scored[] {
    const weights = new Map<string, number>()
    for (const q of query) weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight))
    // A term in a large share of the documents barely moves a score and costs the longest list:
    // left out (and out of the coverage) when the query has a rarer one to go by.
    const common = (term: string) => this.frequency(term) > this.size * COMMON
    const pruning = [...weights].some(([term, weight]) => weight > 0 && this.frequency(term) > 0 && !common(term))
    const touched: number[] = []
    let possible = 0
    for (const [term, weight] of weights) {
      if (weight <= 0 || (pruning && common(term))) continue
      const id = this.ids.get(term)
      const idf = this.rarity(term) * weight
      // A word no document holds (a name, a place, 邻居家) is the rarest of all by the formula, yet
      // says little about which document answers: it counts half toward the coverage.
      possible += id === undefined ? idf * UNKNOWN : idf
      if (id === undefined) continue
      const { docs, tfs } = this.postings[id]
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        const tf = tfs[i]
        const norm = K1 * (1 - B + (B * this.lengths[doc]) / this.avgLength)
        if (this.scores[doc] === 0) touched.push(doc)
        this.scores[doc] += (idf * (tf * (K1 + 1))) / (tf + norm)
        this.matched[doc] += idf
      }
    }
    const found: Scored[] = []
    for (const doc of touched) {
      if (!keep || keep(doc)) {
        found.push({ doc, score: this.scores[doc], coverage: possible ? this.matched[doc] / possible : 0 })
      }
      this.scores[doc] = 0
      this.matched[doc] = 0
    }
    return topN(found, limit)
  }
}

/** The best `n` by score (ties: the earlier document first), without sorting all of them. */
function topN(found: Scored[], n: number): Scored[] {
  const better = (a: Scored, b: Scored) => b.score - a.score || a.doc - b.doc
  if (n <= 0) return []
  if (found.length <= n * 4) return found.sort(better).slice(0, n)
  // A bounded pass: keep a sorted window of n, replacing its worst when a better one comes.
  const top = found.slice(0, n).sort(better)
  for (let i = n; i < found.length; i++) {
    const s = found[i]
    if (better(s, top[n - 1]) >= 0) continue
    let j = n - 1
    while (j > 0 && better(s, top[j - 1]) < 0) {
      top[j] = top[j - 1]
      j--
    }
    top[j] = s
  }
  return top
}
