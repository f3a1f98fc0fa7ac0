import type { CommonQuestion } from '@pocket/contract'
import type { QueryTerm } from './bm25.js'
import { DocumentSearch } from './document-search.js'

export interface IndexedQuestion extends CommonQuestion {
  /** Its articles resolved to the library's ids (a citation the library does not hold is left out). */
  articleIds: string[]
}

/**
 * How much of a question (its words and the legal words the map gave it, rarity counted) a common
 * question must hold to answer it. Measured on the labelled questions (tests/library) and on
 * questions the library cannot answer: below it, a common question shares a word or two and no more.
 */
export const QUESTION_COVERAGE = 0.5

/** The common questions, matched by how people ask them and by the words of their answers. */
export class QuestionIndex {
  private readonly search: DocumentSearch<IndexedQuestion>

  constructor(readonly questions: readonly IndexedQuestion[]) {
    // How people ask it counts most; the answer's words (the statutes' own) count too.
    this.search = new DocumentSearch(questions, (q) => [q.question, q.question, ...q.alsoAsked, q.answer])
  }

  /**
   * The common question that answers a query, if one holds enough of it: of the query in the
   * person's own words (a common question asked that way), or widened by the term map (one that
   * says it the statutes' way), whichever holds more.
   */
  best(query: { terms: readonly QueryTerm[]; own: readonly QueryTerm[] }): IndexedQuestion | null {
    const [widened] = this.search.search(query.terms, 1)
    const [asked] = this.search.search(query.own, 1)
    const top = (asked?.coverage ?? 0) > (widened?.coverage ?? 0) ? asked : widened
    return top && top.coverage >= QUESTION_COVERAGE ? top.item : null
  }
}
