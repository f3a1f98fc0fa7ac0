import { Inject, Injectable } from '@nestjs/common'
import type { DcNotification, NotificationKind } from '@pocket/contract'
import { localDateOf, localTimeOf } from '@pocket/contract'
import { AppError } from '#common'
import { assertSystem, type Actor } from '../common/actor.js'
import { DC_CONFIG, type DcConfig } from '../config.js'
import { TransactionRunner } from '../db/transactions.js'
import { NotificationsRepository } from './notifications.repository.js'

/** What a booking notification tells: the request, what, where and when. */
export interface BookingFacts {
  number: string
  accountId: string
  /** The phone the booking gave (it may not be the account's own). */
  contactPhone: string
  item: string
  place: string
  date: string
  start: string
  end: string
  startsAt: Date
  /** A 视频咨询: the adviser's account, told too, and the resident's name as the adviser reads it. */
  adviser: { accountId: string; resident: string } | null
}

/** A step of a request told to its owner: which request, what, at which office. */
export interface StepFacts {
  number: string
  accountId: string
  /** The phone the request gave (it may not be the account's own). */
  contactPhone: string
  item: string
  place: string
}

/** A notice about a conversation: who is told, of what kind, who it is from and which village. */
export interface ConversationFacts {
  kind: Extract<NotificationKind, 'consult_reply' | 'consult_question' | 'call_missed'>
  consultationId: string
  accountId: string
  item: string
  place: string
}

type StepKind = Extract<NotificationKind, `legal_aid_${string}` | `complaint_${string}`>

/** The durable outbox of what residents are told; the BFF's notifier claims and sends. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly tx: TransactionRunner,
    @Inject(DC_CONFIG) private readonly config: DcConfig,
  ) {}

  /** Call inside the booking's transaction: the confirmation now, the reminder before the slot. */
  async booked(b: BookingFacts): Promise<void> {
    const now = new Date()
    await this.tell('booking_confirmed', b, now)
    await this.tellAdviser('video_booked', b, now)
    await this.remind(b)
  }

  async cancelled(b: BookingFacts): Promise<void> {
    const now = new Date()
    await this.repo.drop(b.number, 'booking_reminder', now)
    await this.repo.drop(b.number, 'video_reminder', now)
    await this.tell('booking_cancelled', b, now)
    await this.tellAdviser('video_cancelled', b, now)
  }

  async rescheduled(b: BookingFacts): Promise<void> {
    const now = new Date()
    await this.repo.drop(b.number, 'booking_reminder', now)
    await this.repo.drop(b.number, 'video_reminder', now)
    await this.tell('booking_rescheduled', b, now)
    await this.tellAdviser('video_rescheduled', b, now)
    await this.remind(b)
  }

  /** Call inside the step's transaction: the applicant hears of it by subscribe message or SMS. */
  async step(kind: StepKind, s: StepFacts): Promise<void> {
    const now = new Date()
    await this.repo.insert({
      kind,
      number: s.number,
      accountId: s.accountId,
      phone: s.contactPhone,
      item: s.item,
      place: s.place,
      when: localWhen(now),
      dueAt: now,
    })
  }

  async claim(actor: Actor, worker: string, limit: number, leaseSeconds: number): Promise<{ items: DcNotification[] }> {
    assertSystem(actor)
    const now = new Date()
    const ids = await this.tx.run(() =>
      this.repo.claim(worker, limit, now, new Date(now.getTime() + leaseSeconds * 1000)),
    )
    return { items: await this.repo.load(ids) }
  }

  async settle(
    actor: Actor,
    id: number,
    worker: string,
    report: { sent: boolean; channel?: 'wechat' | 'sms'; error?: string },
  ): Promise<void> {
    assertSystem(actor)
    const now = new Date()
    const outcome = report.sent
      ? { sentAt: now, sentVia: report.channel ?? 'sms' }
      : { failedAt: now, error: report.error ?? 'unknown' }
    if (!(await this.repo.settle(id, worker, outcome)))
      throw new AppError('CONFLICT', 'notification is no longer held by this worker')
  }

  /**
   * Call inside the conversation's transaction: a notice that a message or a missed call waits,
   * unless the account had one of this kind about the conversation since `quietSince` (no SMS
   * storm however many come). Answers whether it queued one.
   */
  async conversationNotice(n: ConversationFacts, quietSince: Date): Promise<boolean> {
    if (await this.repo.notifiedSince(n.consultationId, n.accountId, quietSince, [n.kind])) return false
    const now = new Date()
    await this.repo.insert({ ...n, number: null, when: localWhen(now), dueAt: now })
    return true
  }

  private async remind(b: BookingFacts): Promise<void> {
    const due = new Date(b.startsAt.getTime() - this.config.REMINDER_LEAD_MINUTES * 60_000)
    // A slot booked inside the lead time gets no reminder: the confirmation just told them.
    if (due.getTime() <= Date.now()) return
    await this.tell('booking_reminder', b, due)
    await this.tellAdviser('video_reminder', b, due)
  }

  /** The same news of a 视频咨询, to the adviser the resident meets. */
  private async tellAdviser(kind: NotificationKind, b: BookingFacts, dueAt: Date): Promise<void> {
    if (!b.adviser) return
    // Told on their own account's phone, not the resident's contact phone.
    const adviser = { accountId: b.adviser.accountId, contactPhone: null, item: b.adviser.resident }
    await this.tell(kind, { ...b, ...adviser }, dueAt)
  }

  private tell(
    kind: NotificationKind,
    b: Omit<BookingFacts, 'contactPhone'> & { contactPhone: string | null },
    dueAt: Date,
  ): Promise<void> {
    return this.repo.insert({
      kind,
      number: b.number,
      accountId: b.accountId,
      phone: b.contactPhone,
      item: b.item,
      place: b.place,
      when: `${b.date} ${b.start}-${b.end}`,
      dueAt,
    })
  }
}

/** Beijing time, for people: 2026-12-01 09:05 */
function localWhen(at: Date): string {
  return `${localDateOf(at)} ${localTimeOf(at)}`
}
