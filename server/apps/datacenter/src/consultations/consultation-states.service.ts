import { Injectable, Logger } from '@nestjs/common'
import type { ConsultationRating, DcChanged, DcNotice, DcSweep } from '@pocket/contract'
import { AppError, notFound } from '#common'
import type { Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { ConsultationAccess, type Party } from './consultation-access.js'
import { ConsultationNotes } from './consultation-notes.js'
import { ConsultationViews } from './consultation-views.js'
import { ConsultationsRepository, type ConsultationRow } from './consultations.repository.js'
import { toMessage } from './message.mapper.js'
import { type MessageRow } from './messages.repository.js'

/** Conversations handed over in one sweep, at most: the next sweep takes the rest. */
const SWEEP_BATCH = 50

/**
 * A conversation's life beyond its messages: resolved by an adviser, reopened, rated by the
 * resident, and handed to the backup adviser when its deadline passes or its adviser is away.
 */
@Injectable()
export class ConsultationStates {
  private readonly logger = new Logger('consultations')

  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly access: ConsultationAccess,
    private readonly views: ConsultationViews,
    private readonly notes: ConsultationNotes,
    private readonly tx: TransactionRunner,
  ) {}

  /** An adviser (or the backup covering) marks it resolved; the deadline stops, the backup's cover ends. */
  resolve(actor: Actor, id: string): Promise<DcChanged> {
    return this.change(actor, id, async (row, party, at) => {
      if (party.side !== 'adviser') throw new AppError('FORBIDDEN', { key: 'consult.resolveAdviserOnly' })
      if (row.status === 'resolved') throw new AppError('CONFLICT', { key: 'consult.alreadyResolved' })
      const note = await this.notes.resolved(row, party.name, at)
      await this.repo.update(id, {
        status: 'resolved',
        resolvedAt: at,
        awaitingSince: null,
        replyDueAt: null,
        handedOverAt: null,
        ratingScore: null,
        ratingComment: null,
      })
      return note
    })
  }

  reopen(actor: Actor, id: string): Promise<DcChanged> {
    return this.change(actor, id, async (row, _party, at) => {
      if (row.status !== 'resolved') throw new AppError('CONFLICT', { key: 'consult.notResolved' })
      const note = await this.notes.reopened(row, at)
      await this.repo.update(id, { status: 'open', resolvedAt: null })
      return note
    })
  }

  /** The resident rates the latest resolution, once. */
  async rate(actor: Actor, id: string, rating: ConsultationRating) {
    const now = new Date()
    return this.tx.run(async () => {
      const row = await this.repo.lock(id)
      const party = row ? (await this.access.load([row.id], [actor], now)).partyOf(actor, row) : null
      if (!row || !party) notFound('consultation')
      if (party.side !== 'resident') throw new AppError('FORBIDDEN', { key: 'consult.rateResidentOnly' })
      if (row.status !== 'resolved') throw new AppError('CONFLICT', { key: 'consult.rateAfterResolved' })
      if (row.ratingScore !== null || !row.resolvedAt || !(await this.repo.addRating(id, row.resolvedAt, rating)))
        throw new AppError('CONFLICT', { key: 'consult.alreadyRated' })
      await this.repo.update(id, { ratingScore: rating.score, ratingComment: rating.comment })
      return this.views.one(id, { side: 'resident', personId: null })
    })
  }

  /**
   * Hands to the backup every conversation whose deadline passed, or whose adviser is away, with a
   * system message each; several BFF instances may sweep at once (a conversation another sweep
   * holds is skipped, and each is handed over once).
   */
  async sweep(actor: Actor): Promise<DcSweep> {
    if (actor.role !== 'system') throw new AppError('FORBIDDEN', 'system only')
    const now = new Date()
    const items: DcNotice[] = []
    for (const id of await this.repo.toHandOver(now, SWEEP_BATCH)) {
      const done = await this.tx.run(async () => {
        const row = await this.repo.lockIfFree(id)
        if (!row || row.status !== 'open' || !row.awaitingSince || row.handedOverAt) return null
        const parties = await this.access.load([row.id], [], now)
        const advisers = parties.assignmentOf(row)
        if (!advisers?.backupId) return null
        const awayUntil = parties.awayUntil(advisers.adviserId)
        const overdue = row.replyDueAt !== null && row.replyDueAt <= now
        if (!awayUntil && !overdue) return null
        const note = await this.notes.handOver(
          row,
          parties,
          advisers,
          awayUntil ? { awayUntil } : { overdue: true },
          now,
        )
        await this.repo.update(id, { handedOverAt: now })
        return { note, audience: parties.audienceOf({ ...row, handedOverAt: now }) }
      })
      if (!done) continue
      items.push({ message: toMessage(done.note), audience: done.audience })
    }
    if (items.length > 0) this.logger.log({ msg: 'handed over to backup advisers', count: items.length })
    return { items }
  }

  /** A change under the conversation's lock by one of its parties, with the note that records it. */
  private async change(
    actor: Actor,
    id: string,
    apply: (row: ConsultationRow, party: Party, at: Date) => Promise<MessageRow>,
  ): Promise<DcChanged> {
    const now = new Date()
    const done = await this.tx.run(async () => {
      const row = await this.repo.lock(id)
      const parties = row ? await this.access.load([row.id], [actor], now) : null
      const party = row ? parties?.partyOf(actor, row) : null
      if (!row || !parties || !party) notFound('consultation')
      // The audience is taken before the change: a backup whose cover a resolution ends hears of it.
      const audience = parties.audienceOf(row)
      const note = await apply(row, party, now)
      return { note, audience, party }
    })
    return {
      consultation: await this.views.one(id, { side: done.party.side, personId: done.party.personId }),
      notices: [{ message: toMessage(done.note), audience: done.audience }],
    }
  }
}
