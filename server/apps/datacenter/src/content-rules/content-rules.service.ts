import { Injectable } from '@nestjs/common'
import type { ContentRule, ContentRuleList } from '@pocket/contract'
import { AuditTrail } from '../audit/audit-trail.js'
import { assertSystem, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { ContentRulesRepository } from './content-rules.repository.js'

/** The content check's list, kept here so every channel's BFF applies the same one. */
@Injectable()
export class ContentRulesService {
  private readonly audit

  constructor(
    private readonly repo: ContentRulesRepository,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('content_rules', ['replace'] as const)
  }

  async list(): Promise<ContentRuleList> {
    const at = await this.repo.changedAt()
    return { items: await this.repo.list(), updatedAt: at?.toISOString() ?? null }
  }

  async replace(actor: Actor, items: ContentRule[]): Promise<ContentRuleList> {
    assertSystem(actor)
    await this.tx.run(async () => {
      const before = (await this.repo.list()).length
      await this.repo.replace(items, new Date())
      await this.audit.record(actor, 'replace', 'list', { before: { rules: before }, after: { rules: items.length } })
    })
    return this.list()
  }
}
