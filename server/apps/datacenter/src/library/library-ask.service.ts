import { Injectable } from '@nestjs/common'
import { addDays, localDateOf, type AskAnswer, type AskStats, type NextService } from '@pocket/contract'
import { TransactionRunner } from '../db/transactions.js'
import { LibraryIndexService } from './library-index.service.js'
import { toArticleHit } from './library.mapper.js'
import { LibraryRepository, type AskOutcome } from './library.repository.js'
import { highlightWords, type ArticleHit } from './search/article-search.js'
import { snippet } from './search/snippet.js'

/**
 * How much of a question an article or a case must hold to be offered as relevant (as for common
 * questions: search/question-index.ts); below these, what comes back shares a word and no more.
 */
export const ARTICLE_COVERAGE = 0.35
export const CASE_COVERAGE = 0.4
const ARTICLES = 3
const UNANSWERED_TERMS = 30

/**
 * 智能咨询: answers a question only with what it retrieves — the best common question and its
 * answer, the articles (those the answer rests on first), a related example case, and the service
 * to use — never with generated text. Each question is counted by day and outcome; one no common
 * question answered also counts the statutes' words it holds. Nothing else of it is kept.
 */
@Injectable()
export class LibraryAskService {
  constructor(
    private readonly repo: LibraryRepository,
    private readonly index: LibraryIndexService,
    private readonly tx: TransactionRunner,
  ) {}

  async ask(question: string): Promise<AskAnswer> {
    const [texts, lists] = await Promise.all([this.index.textIndexes(), this.index.listIndexes()])
    const expanded = lists.termMap.expand(question)
    const { terms, phrases } = expanded
    const words = highlightWords(terms, phrases)

    const common = lists.questions.best(expanded)
    const found = texts.articles.search(question, lists.termMap, { limit: ARTICLES * 2 })
    const relevant = found.hits.filter((h) => h.coverage >= ARTICLE_COVERAGE || h.titleHit)
    const cited: ArticleHit[] = (common?.articleIds ?? []).flatMap((id) => {
      const article = texts.byId.get(id)
      return article
        ? [{ article, score: 0, coverage: 1, titleHit: false, phraseHit: false, snippet: snippet(article.text, words) }]
        : []
    })
    const articles = [...cited, ...relevant]
      .filter((h, i, all) => all.findIndex((o) => o.article.id === h.article.id) === i)
      .slice(0, ARTICLES)

    // A case that applies one of the articles, best matching first; else the best match on its own.
    const ids = new Set(articles.map((h) => h.article.id))
    const [applying] = texts.cases.search(terms, 1, (c) => c.articleIds.some((id) => ids.has(id)))
    const [anyCase] = applying ? [applying] : texts.cases.search(terms, 1)
    const relatedCase = anyCase && (applying || anyCase.coverage >= CASE_COVERAGE) ? anyCase.item : null

    const outcome: AskOutcome = common ? 'question' : articles.length ? 'library' : 'none'
    const day = localDateOf(Date.now())
    await this.tx.run(async () => {
      await this.repo.countAsk(day, outcome, common?.id ?? null)
      // What no common question answered, by the statutes' words in it: where operators should add one.
      if (!common) await this.repo.countUnansweredTerms(day, texts.articles.statuteWords(question))
    })
    return {
      answered: outcome !== 'none',
      question: common && { id: common.id, question: common.question, answer: common.answer },
      articles: articles.map(toArticleHit),
      case: relatedCase && { id: relatedCase.id, title: relatedCase.title, category: relatedCase.category },
      services: servicesFor(common?.service ?? null),
    }
  }

  async stats(days: number): Promise<AskStats> {
    const today = localDateOf(Date.now())
    const from = addDays(today, 1 - days)
    const rows = await this.repo.askCounts(from)
    const byDay = new Map<string, AskStats['days'][number]>()
    const byQuestion = new Map<string, number>()
    for (const r of rows) {
      const day = byDay.get(r.day) ?? { day: r.day, question: 0, library: 0, none: 0 }
      day[r.outcome as AskOutcome] += r.count
      byDay.set(r.day, day)
      if (r.questionId) byQuestion.set(r.questionId, (byQuestion.get(r.questionId) ?? 0) + r.count)
    }
    const { questions } = await this.index.listIndexes()
    const names = new Map(questions.questions.map((q) => [q.id, q.question]))
    const unanswered = await this.repo.unansweredTerms(from, UNANSWERED_TERMS)
    return {
      unanswered,
      days: [...byDay.values()],
      questions: [...byQuestion]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([id, count]) => ({ id, question: names.get(id) ?? id, count })),
    }
  }
}

/** The service a common question names, then the village adviser, who can take any question. */
function servicesFor(service: string | null): NextService[] {
  const adviser: NextService = { kind: 'adviser', code: null }
  if (!service || service === 'adviser') return [adviser]
  return [{ kind: 'catalog', code: service }, adviser]
}
