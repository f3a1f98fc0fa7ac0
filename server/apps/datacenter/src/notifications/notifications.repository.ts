import { Injectable } from '@nestjs/common'
import type { DcNotification, NotificationKind } from '@pocket/contract'
import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm'
import { accounts } from '../accounts/accounts.schema.js'
import { DbContext } from '../db/transactions.js'
import { notifications } from './notifications.schema.js'

export interface NewNotification {
  kind: NotificationKind
  number: string | null
  consultationId?: string | null
  accountId: string | null
  /** The phone to text when it is not the account's own (the contact phone a request gave). */
  phone?: string | null
  item: string
  place: string
  when: string
  dueAt: Date
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DbContext) {}

  async insert(n: NewNotification): Promise<void> {
    await this.db.q.insert(notifications).values(n)
  }

  /** Drops the unsent notifications of a kind for a request (the reminder of a cancelled booking). */
  async drop(number: string, kind: NotificationKind, at: Date): Promise<void> {
    await this.db.q
      .update(notifications)
      .set({ droppedAt: at })
      .where(
        and(
          eq(notifications.number, number),
          eq(notifications.kind, kind),
          isNull(notifications.sentAt),
          isNull(notifications.droppedAt),
        ),
      )
  }

  /**
   * Claims up to `limit` due notifications for `worker` until `leaseUntil`. Rows locked by a
   * concurrent claim are skipped, not waited for, and a claimed row is not due again until its
   * lease ends: two BFFs never hold the same notification.
   */
  async claim(worker: string, limit: number, now: Date, leaseUntil: Date): Promise<number[]> {
    const due = this.db.q
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          isNull(notifications.sentAt),
          isNull(notifications.droppedAt),
          sql`${notifications.dueAt} <= ${now}`,
          sql`(${notifications.leaseUntil} is null or ${notifications.leaseUntil} < ${now})`,
        ),
      )
      .orderBy(notifications.dueAt)
      .limit(limit)
      .for('update', { skipLocked: true })
    const rows = await this.db.q
      .update(notifications)
      .set({ claimedBy: worker, leaseUntil })
      .where(inArray(notifications.id, due))
      .returning({ id: notifications.id })
    return rows.map((r) => r.id)
  }

  /** Whether a consultation notice went to (or waits for) this account in the last while. */
  /** Whether the account had a notice of one of these kinds about the conversation since then. */
  async notifiedSince(
    consultationId: string,
    accountId: string,
    since: Date,
    kinds: NotificationKind[],
  ): Promise<boolean> {
    const [row] = await this.db.q
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.consultationId, consultationId),
          eq(notifications.accountId, accountId),
          gte(notifications.createdAt, since),
          inArray(notifications.kind, kinds),
        ),
      )
      .limit(1)
    return !!row
  }

  async load(ids: number[]): Promise<DcNotification[]> {
    if (ids.length === 0) return []
    return this.db.q
      .select({
        id: notifications.id,
        kind: notifications.kind,
        number: notifications.number,
        consultationId: notifications.consultationId,
        // The contact phone a request gave, for its owner; anyone else (the adviser of a 视频咨询)
        // on their own account's phone.
        phone: sql<string | null>`coalesce(${notifications.phone}, ${accounts.phone})`,
        openid: accounts.openid,
        item: notifications.item,
        place: notifications.place,
        when: notifications.when,
        attempts: notifications.attempts,
        discreet: sql<boolean>`coalesce(${accounts.discreetNotices}, false)`,
      })
      .from(notifications)
      .leftJoin(accounts, eq(accounts.id, notifications.accountId))
      .where(inArray(notifications.id, ids))
      .orderBy(notifications.dueAt)
  }

  /** Settles a notification still held by `worker`; false when its lease passed to another. */
  async settle(
    id: number,
    worker: string,
    outcome: { sentAt: Date; sentVia: string } | { failedAt: Date; error: string },
  ): Promise<boolean> {
    const changes =
      'sentAt' in outcome
        ? { sentAt: outcome.sentAt, sentVia: outcome.sentVia, leaseUntil: null }
        : {
            // Due again after 1, 2, 4 … minutes, at most an hour.
            dueAt: sql`${outcome.failedAt}::timestamptz + least(60, power(2, ${notifications.attempts})) * interval '1 minute'`,
            lastError: outcome.error,
            attempts: sql`${notifications.attempts} + 1`,
            leaseUntil: null,
          }
    const rows = await this.db.q
      .update(notifications)
      .set(changes)
      .where(and(eq(notifications.id, id), eq(notifications.claimedBy, worker), isNull(notifications.sentAt)))
      .returning({ id: notifications.id })
    return rows.length === 1
  }
}
