import { Injectable } from '@nestjs/common'
import type { Consultation, ConsultationList, ConsultationsQuery } from '@pocket/contract'
import { ConsultationsRepository, type Side } from './consultations.repository.js'
import { ReplyPolicy } from './reply-policy.js'
import { ConversationAppointments } from './conversation-appointments.js'
import { ConsultationListRepository, type ConsultationViewRow } from './consultation-list.repository.js'

/** Who is looking: a resident, or an adviser (by their directory person). */
export interface Viewer {
  side: Side
  personId: string | null
}

interface Clock {
  now: Date
  next: Date
  video: Map<string, NonNullable<Consultation['videoAppointment']>>
}

/** Conversations as their viewer sees them: the deadline's state now, whether held as backup, when a reply can come. */
@Injectable()
export class ConsultationViews {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly lists: ConsultationListRepository,
    private readonly policy: ReplyPolicy,
    private readonly video: ConversationAppointments,
  ) {}

  async one(id: string, viewer: Viewer): Promise<Consultation> {
    const now = new Date()
    const [row] = await this.lists.views({ ids: [id] }, viewer.side, now)
    return this.shape(row, viewer, await this.clock(now, [row]))
  }

  async ofResident(accountId: string): Promise<ConsultationList> {
    const now = new Date()
    const rows = await this.lists.views({ residentAccountId: accountId }, 'resident', now)
    const clock = await this.clock(now, rows)
    return { items: rows.map((r) => this.shape(r, { side: 'resident', personId: null }, clock)) }
  }

  async inbox(personId: string, q: ConsultationsQuery): Promise<ConsultationList> {
    const now = new Date()
    const rows = await this.lists.views({ inbox: { personId, now, filter: q.filter, q: q.q } }, 'adviser', now)
    const clock = await this.clock(now, rows)
    return { items: rows.map((r) => this.shape(r, { side: 'adviser', personId }, clock)) }
  }

  /** Now, when advisers are next at work, and the list's coming video consultations: read once per list. */
  private async clock(now: Date, rows: ConsultationViewRow[]): Promise<Clock> {
    const video = await this.video.nextOf(
      rows.map((r) => r.id),
      now,
    )
    return { now, next: this.policy.nextWorkingAt(now), video }
  }

  private shape(r: ConsultationViewRow, viewer: Viewer, { now, next, video }: Clock): Consultation {
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
      videoAppointment: video.get(r.id) ?? null,
    }
  }
}
