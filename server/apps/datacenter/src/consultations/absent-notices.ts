import { Injectable } from '@nestjs/common'
import { AppError, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import type { Actor } from '../common/actor.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { ConsultationAccess } from './consultation-access.js'
import { ConsultationsRepository } from './consultations.repository.js'
import { MessagesRepository } from './messages.repository.js'

/** One notice per person and conversation in this time, however many messages come: no SMS storm. */
const QUIET_MS = 30 * 60_000
/** Missed calls: one notice a minute at most (a caller trying again and again). */
const MISSED_QUIET_MS = 60_000

/**
 * Tells a party whose app is closed that a message waits (the BFF knows who has no socket open):
 * a resident that their adviser answered, an adviser that a resident asked. The notice goes into
 * the notifications outbox and out by subscribe message or SMS like any other.
 */
@Injectable()
export class AbsentNotices {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly messages: MessagesRepository,
    private readonly access: ConsultationAccess,
    private readonly accounts: AccountLookup,
    private readonly notifications: NotificationsService,
  ) {}

  async queue(actor: Actor, id: string, accountIds: string[], seq: number): Promise<{ queued: number }> {
    if (actor.role !== 'system') throw new AppError('FORBIDDEN', 'system only')
    const now = new Date()
    const row = await this.repo.byId(id)
    const message = row ? await this.messages.messageAt(id, seq) : null
    if (!row || !message) notFound('message')
    const audience = new Set((await this.access.load([row.id], [], now)).audienceOf(row))
    const village = await this.repo.villageName(row.villageCode)
    const { body } = message
    // A call that rang out unanswered is told apart from messages, each one (invites are rate-limited).
    const missed = body.kind === 'system' && body.event === 'call' && body.call?.outcome === 'missed' ? body.call : null
    let queued = 0
    for (const accountId of new Set(accountIds)) {
      if (!audience.has(accountId) || accountId === message.senderAccountId) continue
      const account = await this.accounts.byId(accountId)
      if (!account || (!account.phone && !account.openid)) continue
      const kind = missed ? 'call_missed' : account.id === row.residentAccountId ? 'consult_reply' : 'consult_question'
      const quiet = missed ? MISSED_QUIET_MS : QUIET_MS
      const notice = {
        kind,
        consultationId: id,
        accountId,
        item: missed ? missed.callerName : message.senderName,
        place: village,
      } as const
      if (!(await this.notifications.conversationNotice(notice, new Date(now.getTime() - quiet)))) continue
      queued++
    }
    return { queued }
  }
}
