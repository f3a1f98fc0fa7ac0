import { Injectable } from '@nestjs/common'
import type { Consultation, ConsultationList, ConsultationsQuery } from '@pocket/contract'
import { ConsultationsRepository, type ConsultationViewRow, type Side } from './consultations.repository.js'
import { ReplyPolicy } from './reply-policy.js'

/** Who is looking: a resident, or an adviser (by their directory person). */
export interface Viewer {
  side: Side
  personId: string | null
}

/** Conversations as their viewer sees them: the deadline's state now, whether held as backup, when a reply can come. */
@Injectable()
export class ConsultationViews {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly policy: ReplyPolicy,
  ) {}

  async one(id: string, viewer: Viewer): Promise<Consultation> {
    const now = new Date()
    const [row] = await this.repo.views({ ids: [id] }, viewer.side, now)
    return this.shape(row, viewer, this.clock(now))
  }

  async ofResident(accountId: string): Promise<ConsultationList> {
    const now = new Date()
    const rows = await this.repo.views({ residentAccountId: accountId }, 'resident', now)
    const clock = this.clock(now)
    return { items: rows.map((r) => this.shape(r, { side: 'resident', personId: null }, clock)) }
  }

  async inbox(personId: string, q: ConsultationsQuery): Promise<ConsultationList> {
    const now = new Date()
    const rows = await this.repo.views({ inbox: { personId, now, filter: q.filter, q: q.q } }, 'adviser', now)
    const clock = this.clock(now)
    return { items: rows.map((r) => this.shape(r, { side: 'adviser', personId }, clock)) }
  }

  /** Now, and when advisers are next at work: the same for every conversation of a list. */
  private clock(now: Date): { now: Date; next: Date } {
    return { now, next: this.policy.nextWorkingAt(now) }
  }

  private shape(r: ConsultationViewRow, viewer: Viewer, { now, next }: { now: Date; next: Date }): Consultation {
    const { awaitingSince, replyDueAt, awayUntil, ...view } = r
    return {
      ...view,
      deadline: {
        state: this.policy.state(replyDueAt, now),
        waitingSince: awaitingSince?.toISOString() ?? null,
        dueAt: replyDueAt?.toISOString() ?? null,
      },
      asBackup: viewer.side === 'adviser' && viewer.personId !== view.adviser.id,
      availability: {
        awayUntil: awayUntil?.toISOString() ?? null,
        workingNow: next.getTime() <= now.getTime(),
        nextWorkingAt: next.toISOString(),
      },
    }
  }
}
