import { Injectable } from '@nestjs/common'
import type { CommonQuestion, QuestionList, TermEntry, TermList } from '@pocket/contract'
import { AppError } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import { assertSystem, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { LibraryIndexService } from './library-index.service.js'
import { LibraryRepository } from './library.repository.js'

/** The term map and the common questions: read by anyone signed, replaced by operators (system actor), audited. */
@Injectable()
export class LibraryListsService {
  private readonly audit

  constructor(
    private readonly repo: LibraryRepository,
    private readonly index: LibraryIndexService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('library', ['replace'] as const)
  }

  async terms(): Promise<TermList> {
    const at = await this.repo.editedAt('terms')
    return { items: await this.repo.terms(), updatedAt: at?.toISOString() ?? null }
  }

  async questions(): Promise<QuestionList> {
    const at = await this.repo.editedAt('questions')
    return { items: await this.repo.questions(), updatedAt: at?.toISOString() ?? null }
  }

  async replaceTerms(actor: Actor, items: TermEntry[]): Promise<TermList> {
    assertSystem(actor)
    await this.tx.run(async () => {
      const before = (await this.repo.terms()).length
      await this.repo.replaceTerms(items, new Date())
      await this.audit.record(actor, 'replace', 'terms', {
        before: { entries: before },
        after: { entries: items.length },
      })
    })
    return this.terms()
  }

  /** Every article a question cites must be one the library holds (of the law in force): an answer never cites a missing one. */
  async replaceQuestions(actor: Actor, items: CommonQuestion[]): Promise<QuestionList> {
    assertSystem(actor)
    const { cite } = await this.index.textIndexes()
    const unknown = items.flatMap((q) => q.articles).find((c) => !cite(c))
    if (unknown)
      throw new AppError('VALIDATION_FAILED', { key: 'library.articleUnknown', params: { citation: unknown } })
    await this.tx.run(async () => {
      const before = (await this.repo.questions()).length
      await this.repo.replaceQuestions(items, new Date())
      await this.audit.record(actor, 'replace', 'questions', {
        before: { questions: before },
        after: { questions: items.length },
      })
    })
    return this.questions()
  }
}
