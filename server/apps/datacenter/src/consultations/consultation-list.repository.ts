import { Injectable } from '@nestjs/common'
import type { ConsultationsQuery } from '@pocket/contract'
import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { accounts } from '../accounts/accounts.schema.js'
import { DbContext } from '../db/transactions.js'
import { people, villageAdvisers } from '../directory/directory.schema.js'
import { regions } from '../regions/regions.schema.js'
import { adviserAway, consultations, messages } from './consultations.schema.js'
import type { Side } from './consultations.repository.js'

const adviser = alias(people, 'adviser')
const backup = alias(people, 'backup')
const resident = alias(accounts, 'resident')
const away = alias(adviserAway, 'away')

/** What a list row holds before the service shapes it for a side (deadline state, availability). */
export type ConsultationViewRow = Awaited<ReturnType<ConsultationListRepository['views']>>[number]

/** Conversations a person sees as an adviser: their villages', and their backups' when covered. */
export interface InboxScope {
  personId: string
  now: Date
  filter?: ConsultationsQuery['filter']
  q?: string
}

/** `%` and `_` in a search are letters, not wildcards. */
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Conversations as lists show them: a side's view, an adviser's inbox, a region's overdue ones. */
@Injectable()
export class ConsultationListRepository {
  constructor(private readonly db: DbContext) {}
  /**
   * Conversations as a side sees them: by id, by resident, or an adviser's inbox (their villages',
   * and their backups' that were handed over or whose adviser is away), filtered and searched.
   */
  async views(where: { ids?: string[]; residentAccountId?: string; inbox?: InboxScope }, side: Side, now: Date) {
    const [mine, theirs] =
      side === 'resident'
        ? [consultations.residentReadSeq, consultations.adviserReadSeq]
        : [consultations.adviserReadSeq, consultations.residentReadSeq]
    const readSeq = sql<number>`${mine}`.mapWith(Number)
    const peerReadSeq = sql<number>`${theirs}`.mapWith(Number)
    const own = side === 'resident' ? 'resident' : 'adviser'
    const unread = sql<number>`(select count(*) from ${messages} m where m.consultation_id = ${consultations.id}
      and m.seq > ${readSeq} and m.sender_role <> ${own})`.mapWith(Number)
    const rows = await this.db.q
      .select({
        id: consultations.id,
        status: consultations.status,
        villageCode: consultations.villageCode,
        lastSeq: consultations.lastSeq,
        updatedAt: consultations.updatedAt,
        villageName: regions.name,
        residentName: resident.displayName,
        adviserId: adviser.id,
        adviserName: adviser.name,
        adviserInstitutionId: adviser.institutionId,
        backupId: backup.id,
        backupName: backup.name,
        readSeq,
        peerReadSeq,
        unread,
        awaitingSince: consultations.awaitingSince,
        replyDueAt: consultations.replyDueAt,
        handedOverAt: consultations.handedOverAt,
        ratingScore: consultations.ratingScore,
        ratingComment: consultations.ratingComment,
        awayUntil: away.until,
        lastSenderRole: messages.senderRole,
        lastSenderName: messages.senderName,
        lastKind: messages.kind,
        lastText: messages.text,
        lastBody: messages.body,
        lastAt: messages.createdAt,
      })
      .from(consultations)
      .innerJoin(regions, eq(regions.code, consultations.villageCode))
      .innerJoin(resident, eq(resident.id, consultations.residentAccountId))
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .innerJoin(adviser, eq(adviser.id, villageAdvisers.adviserId))
      .leftJoin(backup, eq(backup.id, villageAdvisers.backupId))
      .leftJoin(away, and(eq(away.personId, villageAdvisers.adviserId), gt(away.until, now)))
      .leftJoin(messages, and(eq(messages.consultationId, consultations.id), eq(messages.seq, consultations.lastSeq)))
      .where(
        and(
          where.ids ? inArray(consultations.id, where.ids) : undefined,
          where.residentAccountId ? eq(consultations.residentAccountId, where.residentAccountId) : undefined,
          where.inbox ? inboxWhere(where.inbox) : undefined,
        ),
      )
      .orderBy(desc(consultations.updatedAt), asc(consultations.id))
      .limit(500)
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      village: { code: r.villageCode, name: r.villageName },
      resident: { name: r.residentName },
      adviser: { id: r.adviserId, name: r.adviserName, institutionId: r.adviserInstitutionId },
      backup: r.backupId ? { id: r.backupId, name: r.backupName ?? '' } : null,
      lastSeq: r.lastSeq,
      lastMessage:
        r.lastSenderRole && r.lastKind && r.lastAt
          ? {
              seq: r.lastSeq,
              sender: { role: r.lastSenderRole, name: r.lastSenderName ?? '' },
              kind: r.lastKind,
              text: r.lastText ?? '',
              ...(r.lastBody?.kind === 'system' && r.lastBody.notice && { notice: r.lastBody.notice }),
              at: r.lastAt.toISOString(),
            }
          : null,
      readSeq: r.readSeq,
      peerReadSeq: r.peerReadSeq,
      unread: r.unread,
      updatedAt: r.updatedAt.toISOString(),
      awaitingSince: r.awaitingSince,
      replyDueAt: r.replyDueAt,
      handedOver: r.handedOverAt !== null || r.awayUntil !== null,
      awayUntil: r.awayUntil,
      rating: r.ratingScore === null ? null : { score: r.ratingScore, comment: r.ratingComment ?? '' },
    }))
  }
  /** Overdue open conversations of villages under a region (a county's, a town's), newest due last. */
  async overdueIn(regionPrefix: string, now: Date) {
    return this.db.q
      .select({
        id: consultations.id,
        villageCode: consultations.villageCode,
        villageName: regions.name,
        adviserId: adviser.id,
        adviserName: adviser.name,
        adviserPhone: adviser.phone,
        backupId: backup.id,
        backupName: backup.name,
        backupPhone: backup.phone,
        waitingSince: consultations.awaitingSince,
        dueAt: consultations.replyDueAt,
        handedOverAt: consultations.handedOverAt,
      })
      .from(consultations)
      .innerJoin(regions, eq(regions.code, consultations.villageCode))
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .innerJoin(adviser, eq(adviser.id, villageAdvisers.adviserId))
      .leftJoin(backup, eq(backup.id, villageAdvisers.backupId))
      .where(
        and(
          eq(consultations.status, 'open'),
          lte(consultations.replyDueAt, now),
          sql`${consultations.villageCode} like ${`${regionPrefix}%`}`,
        ),
      )
      .orderBy(asc(consultations.replyDueAt))
      .limit(500)
  }
}

/** An adviser's inbox: own villages; backups covered (handed over, or the adviser away); filter; search. */
function inboxWhere({ personId, now, filter, q }: InboxScope): SQL | undefined {
  const covered = or(isNotNull(consultations.handedOverAt), isNotNull(away.personId))
  const asBackup = and(eq(villageAdvisers.backupId, personId), covered)
  return and(
    filter === 'backup' ? asBackup : or(eq(villageAdvisers.adviserId, personId), asBackup),
    filter === 'unanswered' ? isNotNull(consultations.awaitingSince) : undefined,
    filter === 'overdue' ? lte(consultations.replyDueAt, now) : undefined,
    q ? or(ilike(resident.displayName, likeText(q)), ilike(regions.name, likeText(q))) : undefined,
  )
}
