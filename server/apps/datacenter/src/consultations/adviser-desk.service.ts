import { Injectable } from '@nestjs/common'
import type { AdviserFigures, OverdueList, SavedReplies, SavedRepliesView } from '@pocket/contract'
import { addDays, AWAY_MAX_DAYS, instantAt, localDateOf, weekdayOf } from '@pocket/contract'
import { AppError } from '#common'
import { accountIdOf, type Actor } from '../common/actor.js'
import { DirectoryService } from '../directory/directory.service.js'
import { StaffInstitution } from '../accounts/staff-institution.js'
import { ConsultationAccess } from './consultation-access.js'
import { ConsultationsRepository } from './consultations.repository.js'
import { ConsultationListRepository } from './consultation-list.repository.js'
import { AdviserProfileRepository } from './adviser-profile.repository.js'

/** Monday 00:00 of this week, on the service's clock. */
function weekStart(now: Date): Date {
  const today = localDateOf(now)
  return instantAt(addDays(today, 1 - weekdayOf(today)), '00:00')
}

/** The adviser's own desk (常用语, leave, figures) and the county staff's 督办 list. */
@Injectable()
export class AdviserDesk {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly lists: ConsultationListRepository,
    private readonly profile: AdviserProfileRepository,
    private readonly access: ConsultationAccess,
    private readonly staff: StaffInstitution,
    private readonly directory: DirectoryService,
  ) {}

  /** Null until the adviser saves their own: the app offers its starters, in the adviser's language. */
  async savedReplies(actor: Actor): Promise<SavedRepliesView> {
    const { accountId } = await this.adviser(actor)
    return { items: await this.profile.savedReplies(accountId) }
  }

  async saveReplies(actor: Actor, replies: SavedReplies): Promise<SavedReplies> {
    const { accountId } = await this.adviser(actor)
    await this.profile.saveReplies(accountId, replies.items)
    return replies
  }

  async setAway(actor: Actor, until: string | null): Promise<AdviserFigures> {
    const { personId } = await this.adviser(actor)
    const at = until ? new Date(until) : null
    if (at && at.getTime() <= Date.now()) throw new AppError('VALIDATION_FAILED', { key: 'adviser.awayPast' })
    if (at && at.getTime() > Date.now() + AWAY_MAX_DAYS * 24 * 3600_000)
      throw new AppError('VALIDATION_FAILED', { key: 'adviser.awayTooLong' })
    await this.profile.setAway(personId, at)
    return this.figures(actor)
  }

  async figures(actor: Actor): Promise<AdviserFigures> {
    const { personId } = await this.adviser(actor)
    const now = new Date()
    const replies = await this.profile.replyFigures(
      personId,
      weekStart(now),
      new Date(now.getTime() - 30 * 24 * 3600_000),
    )
    const overdue = await this.lists.views({ inbox: { personId, now, filter: 'overdue' } }, 'adviser', now)
    const away = await this.profile.awayUntil(personId, now)
    return {
      answeredThisWeek: replies.answeredThisWeek,
      medianFirstReplyMinutes: replies.medianMinutes === null ? null : Math.round(replies.medianMinutes),
      overdueNow: overdue.length,
      rating: await this.profile.ratingOf(personId),
      awayUntil: away?.toISOString() ?? null,
    }
  }

  /** 督办: the overdue conversations of the villages under the staff member's institution's region. */
  async overdue(actor: Actor): Promise<OverdueList> {
    const institution = await this.staff.of(actor)
    const region = (await this.directory.institution(institution.id))?.regionCode
    if (!region) return { items: [] }
    const rows = await this.lists.overdueIn(region, new Date())
    return {
      items: rows.map((r) => ({
        id: r.id,
        village: { code: r.villageCode, name: r.villageName },
        adviser: { id: r.adviserId, name: r.adviserName, phone: r.adviserPhone },
        backup: r.backupId ? { id: r.backupId, name: r.backupName ?? '', phone: r.backupPhone } : null,
        waitingSince: (r.waitingSince ?? new Date()).toISOString(),
        dueAt: (r.dueAt ?? new Date()).toISOString(),
        handedOver: r.handedOverAt !== null,
      })),
    }
  }

  private async adviser(actor: Actor): Promise<{ accountId: string; personId: string }> {
    const account = await this.access.accountOf(actor)
    const accountId = accountIdOf(actor)
    if (account?.role !== 'adviser' || !account.personId || !accountId)
      throw new AppError('FORBIDDEN', { key: 'adviser.only' })
    return { accountId, personId: account.personId }
  }
}
