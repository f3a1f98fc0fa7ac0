import { Injectable } from '@nestjs/common'
import {
  localDateOf,
  type PublicityArticle,
  type PublicityArticleBody,
  type PublicityList,
  type PublicitySummary,
  type PublicityTopic,
} from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import { assertSystem, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { LibraryService } from '../library/library.service.js'
import { PublicityRepository, type ArticleRow } from './publicity.repository.js'

/** 法治宣传: articles by topic, this month's, and one with the library articles it cites. */
@Injectable()
export class PublicityService {
  private readonly audit

  constructor(
    private readonly repo: PublicityRepository,
    private readonly library: LibraryService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('publicity', ['put'] as const)
  }

  async list(topic: PublicityTopic | undefined): Promise<PublicityList> {
    return { items: await this.repo.list(topic) }
  }

  /** 本月普法, on the service's clock. */
  async featured(): Promise<PublicitySummary> {
    return (await this.repo.featured(localDateOf(Date.now()).slice(0, 7))) ?? notFound('publicity')
  }

  async article(id: string): Promise<PublicityArticle> {
    const row = (await this.repo.article(id)) ?? notFound('publicity')
    return this.withArticles(row)
  }

  /** Operators publish or correct an article (system actor); a citation the library lacks is refused. */
  async put(actor: Actor, id: string, body: PublicityArticleBody): Promise<PublicityArticle> {
    assertSystem(actor)
    const ids = await this.library.articleIds(body.citations)
    const missing = body.citations.find((_, i) => !ids[i])
    if (missing)
      throw new AppError('VALIDATION_FAILED', { key: 'library.articleUnknown', params: { citation: missing } })
    await this.tx.run(async () => {
      const before = await this.repo.article(id)
      await this.repo.put(id, body)
      await this.audit.record(actor, 'put', id, {
        before: before && { title: before.title, month: before.month },
        after: { title: body.title, month: body.month },
      })
    })
    return this.article(id)
  }

  private async withArticles(row: ArticleRow): Promise<PublicityArticle> {
    const cited = await this.library.cited(row.citations)
    const { id, topic, title, summary, publishedOn, paragraphs } = row
    // A citation the library cannot resolve (a law it no longer holds) is left out, never shown broken.
    const articles = cited.flatMap((a) => (a ? [a] : []))
    return { id, topic, title, summary, publishedOn, paragraphs, articles }
  }
}
