import { Bm25Index, type QueryTerm, type Scored } from './bm25.js'
import { terms } from './tokens.js'

/** A small collection searched by BM25 over texts of its documents: a field listed twice counts twice. */
export class DocumentSearch<T> {
  private readonly index: Bm25Index

  constructor(
    readonly docs: readonly T[],
    texts: (doc: T) => string[],
  ) {
    this.index = new Bm25Index(docs.map((d) => texts(d).flatMap((t) => terms(t))))
  }

  search(query: readonly QueryTerm[], limit: number, keep?: (doc: T) => boolean): (Scored & { item: T })[] {
    return this.index
      .search(query, limit, keep && ((i) => keep(this.docs[i])))
      .map((s) => ({ ...s, item: this.docs[s.doc] }))
  }
}
