import type {
  ArticleDetail,
  ArticleHit,
  ArticleRef,
  AskAnswer,
  CaseDetail,
  CaseSummary,
  LawDetail,
  LawSummary,
  SnippetPart,
} from '@pocket/contract'

// The data center's library records as the app shows them: each field named, none passed through unseen.

const toSnippet = (parts: SnippetPart[]): SnippetPart[] => parts.map(({ text, hit }) => ({ text, hit }))

export function toLawSummary(l: LawSummary): LawSummary {
  const { id, title, shortTitle, category, version, inForce, articleCount } = l
  return { id, title, shortTitle, category, version, inForce, articleCount }
}

export function toLawDetail(l: LawDetail): LawDetail {
  return {
    ...toLawSummary(l),
    history: l.history.map(({ date, text }) => ({ date, text })),
    preamble: l.preamble,
    sections: l.sections.map(({ headings, book, first, last, articleCount }) => ({
      headings,
      book,
      first: { id: first.id, numberText: first.numberText },
      last: { id: last.id, numberText: last.numberText },
      articleCount,
    })),
  }
}

export function toArticleRef(a: ArticleRef): ArticleRef {
  const { id, lawId, lawTitle, numberText, citation } = a
  return { id, lawId, lawTitle, numberText, citation }
}

export function toArticleHit(a: ArticleHit): ArticleHit {
  return { ...toArticleRef(a), headings: a.headings, snippet: toSnippet(a.snippet), inForce: a.inForce }
}

export function toCaseSummary(c: CaseSummary): CaseSummary {
  return { id: c.id, title: c.title, category: c.category }
}

export function toArticleDetail(a: ArticleDetail): ArticleDetail {
  const near = (n: ArticleDetail['next']) => n && { id: n.id, numberText: n.numberText }
  return {
    ...toArticleRef(a),
    lawShortTitle: a.lawShortTitle,
    number: a.number,
    inForce: a.inForce,
    book: a.book,
    headings: a.headings,
    paragraphs: a.paragraphs,
    previous: near(a.previous),
    next: near(a.next),
    cases: a.cases.map(toCaseSummary),
  }
}

export function toCaseDetail(c: CaseDetail): CaseDetail {
  return {
    ...toCaseSummary(c),
    sections: c.sections.map(({ heading, paragraphs }) => ({ heading, paragraphs })),
    articles: c.articles.map(toArticleRef),
  }
}

export function toAskAnswer(a: AskAnswer): AskAnswer {
  return {
    answered: a.answered,
    question: a.question && { id: a.question.id, question: a.question.question, answer: a.question.answer },
    articles: a.articles.map(toArticleHit),
    case: a.case && toCaseSummary(a.case),
    services: a.services.map(({ kind, code }) => ({ kind, code })),
  }
}
