import type { ArticleHit as ArticleHitShape, ArticleRef, LawSummary } from '@pocket/contract'
import type { ArticleHit } from './search/article-search.js'
import type { LawRow } from './library.repository.js'
import { citationOf, lawShortTitle } from './texts/law-files.js'

export function toLawSummary(law: LawRow, articleCount: number): LawSummary {
  return {
    id: law.id,
    title: law.title,
    shortTitle: lawShortTitle(law.title),
    category: law.category,
    version: law.version,
    inForce: law.inForce,
    articleCount,
  }
}

export function toArticleRef(a: { id: string; numberText: string; law: Pick<LawRow, 'id' | 'title'> }): ArticleRef {
  return {
    id: a.id,
    lawId: a.law.id,
    lawTitle: a.law.title,
    numberText: a.numberText,
    citation: citationOf(lawShortTitle(a.law.title), a.numberText),
  }
}

export function toArticleHit(h: ArticleHit): ArticleHitShape {
  const a = h.article
  return {
    ...toArticleRef({ id: a.id, numberText: a.numberText, law: { id: a.lawId, title: a.lawTitle } }),
    headings: a.headings,
    snippet: h.snippet,
    inForce: a.inForce,
  }
}
