import type { PublicityArticle, PublicitySummary } from '@pocket/contract'

// The data center's articles as the app shows them: each field named, none passed through unseen.

export function toPublicitySummary(a: PublicitySummary): PublicitySummary {
  const { id, topic, title, summary, publishedOn } = a
  return { id, topic, title, summary, publishedOn }
}

export function toPublicityArticle(a: PublicityArticle): PublicityArticle {
  return {
    ...toPublicitySummary(a),
    paragraphs: [...a.paragraphs],
    articles: a.articles.map(({ id, citation }) => ({ id, citation })),
  }
}
