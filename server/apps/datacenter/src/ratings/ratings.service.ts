import { Injectable } from '@nestjs/common'
import type { Rating, RatingBody, RatingSummary } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { RequestsService } from '../requests/requests.service.js'
import { RateableKinds } from './rateable-kinds.js'
import { RatingsRepository } from './ratings.repository.js'

/** Satisfaction ratings: the resident rates a finished service once, whatever kind of request it was. */
@Injectable()
export class RatingsService {
  private readonly audit

  constructor(
    private readonly repo: RatingsRepository,
    private readonly requests: RequestsService,
    private readonly kinds: RateableKinds,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('rating', ['create'])
  }

  async rate(actor: Actor, body: RatingBody): Promise<Rating> {
    const accountId = accountIdOf(actor)
    if (!accountId || actor.role !== 'resident') throw new AppError('FORBIDDEN', { key: 'rating.residentOnly' })
    return this.tx.run(async () => {
      const request = await this.requests.byNumber(body.number)
      const rated = request ? await this.kinds.lock(request.kind, body.number) : null
      if (!rated || rated.accountId !== accountId) notFound('request')
      if (!rated.finished) throw new AppError('CONFLICT', { key: 'rating.notFinished' })
      const rating = { score: body.score, tags: [...new Set(body.tags)], comment: body.comment }
      const inserted = await this.repo.insert({
        number: body.number,
        accountId,
        institutionId: rated.institutionId,
        ...rating,
      })
      if (!inserted) throw new AppError('CONFLICT', { key: 'rating.already' })
      await this.audit.record(actor, 'create', body.number, { before: null, after: rating })
      return rating
    })
  }

  summary(institutionId: string): Promise<RatingSummary> {
    return this.repo.summary(institutionId)
  }
}
