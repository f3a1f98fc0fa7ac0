import { Inject, Injectable } from '@nestjs/common'
import type { DcNotification, NotificationKind } from '@pocket/contract'
import { AppError } from '#common'
import { assertSystem, type Actor } from '../common/actor.js'
import { DC_CONFIG, type DcConfig } from '../config.js'
import { TransactionRunner } from '../db/transactions.js'
import { NotificationsRepository } from './notifications.repository.js'

/** What a booking notification tells: the request, what, where and when. */
export interface BookingFacts {
  number: string
  accountId: string
  item: string
  place: string
  date: string
  start: string
  end: string
  startsAt: Date
}

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
    await this.tell('booking_confirmed', b, new Date())
    await this.remind(b)
  }

  async cancelled(b: BookingFacts): Promise<void> {
    const now = new Date()
    await this.repo.drop(b.number, 'booking_reminder', now)
    await this.tell('booking_cancelled', b, now)
  }

  async rescheduled(b: BookingFacts): Promise<void> {
    const now = new Date()
    await this.repo.drop(b.number, 'booking_reminder', now)
    await this.tell('booking_rescheduled', b, now)
    await this.remind(b)
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

  private async remind(b: BookingFacts): Promise<void> {
    const due = new Date(b.startsAt.getTime() - this.config.REMINDER_LEAD_MINUTES * 60_000)
    // A slot booked inside the lead time gets no reminder: the confirmation just told them.
    if (due.getTime() > Date.now()) await this.tell('booking_reminder', b, due)
  }

  private tell(kind: NotificationKind, b: BookingFacts, dueAt: Date): Promise<void> {
    return this.repo.insert({
      kind,
      number: b.number,
      accountId: b.accountId,
      item: b.item,
      place: b.place,
      when: `${b.date} ${b.start}-${b.end}`,
      dueAt,
    })
  }
}
