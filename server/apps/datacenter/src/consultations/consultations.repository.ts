import { randomBytes } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import type { Consultation, DcMessage, StoredBody } from '@pocket/contract'
import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm'
import { accounts } from '../accounts/accounts.schema.js'
import { alias } from 'drizzle-orm/pg-core'
import { DbContext } from '../db/transactions.js'
import { people } from '../directory/directory.schema.js'
import { regions, villageAdvisers } from '../regions/regions.schema.js'
import { consultations, messages } from './consultations.schema.js'

export type ConsultationRow = typeof consultations.$inferSelect
type MessageRow = typeof messages.$inferSelect
export type Side = 'resident' | 'adviser'

const adviser = alias(people, 'adviser')
const backup = alias(people, 'backup')
const resident = alias(accounts, 'resident')

export function toMessage(m: MessageRow): DcMessage {
  return {
    consultationId: m.consultationId,
    seq: m.seq,
    clientId: m.clientId,
    sender: { role: m.senderRole, name: m.senderName },
    body: m.body,
    at: m.createdAt.toISOString(),
  }
}

/** The line a list shows for a message: its text or a card's title; photos and voice notes have none. */
export function previewOf(body: StoredBody): string {
  if (body.kind === 'card') return body.card.title
  return body.kind === 'text' || body.kind === 'system' ? body.text : ''
}

@Injectable()
export class ConsultationsRepository {
  constructor(private readonly db: DbContext) {}

  /** The resident's conversation for a village, made on first use (two first uses at once make one). */
  async openFor(residentAccountId: string, villageCode: string): Promise<string> {
    const id = `c_${randomBytes(16).toString('base64url').slice(0, 22)}`
    await this.db.q.insert(consultations).values({ id, residentAccountId, villageCode }).onConflictDoNothing()
    const [row] = await this.db.q
      .select({ id: consultations.id })
      .from(consultations)
      .where(and(eq(consultations.residentAccountId, residentAccountId), eq(consultations.villageCode, villageCode)))
    return row.id
  }

  async byId(id: string): Promise<ConsultationRow | null> {
    const [row] = await this.db.q.select().from(consultations).where(eq(consultations.id, id))
    return row ?? null
  }

  /** Locks the conversation for a send: senders take sequences one after another. */
  async lock(id: string): Promise<ConsultationRow | null> {
    const [row] = await this.db.q.select().from(consultations).where(eq(consultations.id, id)).for('update')
    return row ?? null
  }

  async messageOf(senderAccountId: string, clientId: string): Promise<MessageRow | null> {
    const [row] = await this.db.q
      .select()
      .from(messages)
      .where(and(eq(messages.senderAccountId, senderAccountId), eq(messages.clientId, clientId)))
    return row ?? null
  }

  /** Stores the next message; the sender's side has read it (and everything before it). */
  async append(
    row: Omit<typeof messages.$inferInsert, 'kind' | 'text'> & { senderRole: Side; body: StoredBody },
    at: Date,
  ): Promise<MessageRow> {
    const [stored] = await this.db.q
      .insert(messages)
      .values({ ...row, kind: row.body.kind, text: previewOf(row.body) })
      .returning()
    const read = row.senderRole === 'resident' ? { residentReadSeq: row.seq } : { adviserReadSeq: row.seq }
    await this.db.q
      .update(consultations)
      .set({ lastSeq: row.seq, updatedAt: at, ...read })
      .where(eq(consultations.id, row.consultationId))
    return stored
  }

  /** Moves one side's read mark forward to `seq` (never past the newest message, never back). */
  async markRead(id: string, side: Side, seq: number): Promise<void> {
    const column = side === 'resident' ? consultations.residentReadSeq : consultations.adviserReadSeq
    const key = side === 'resident' ? 'residentReadSeq' : 'adviserReadSeq'
    await this.db.q
      .update(consultations)
      .set({ [key]: sql`greatest(${column}, least(${seq}, ${consultations.lastSeq}))` })
      .where(eq(consultations.id, id))
  }

  async page(id: string, q: { afterSeq?: number; beforeSeq?: number; limit: number }): Promise<MessageRow[]> {
    if (q.beforeSeq !== undefined) {
      const rows = await this.db.q
        .select()
        .from(messages)
        .where(and(eq(messages.consultationId, id), lt(messages.seq, q.beforeSeq)))
        .orderBy(desc(messages.seq))
        .limit(q.limit + 1)
      return rows.reverse()
    }
    return this.db.q
      .select()
      .from(messages)
      .where(and(eq(messages.consultationId, id), gt(messages.seq, q.afterSeq ?? 0)))
      .orderBy(asc(messages.seq))
      .limit(q.limit + 1)
  }

  /** The accounts that are these people (an adviser signs in on one or more devices, one account). */
  async accountsOfPeople(personIds: string[]): Promise<string[]> {
    if (personIds.length === 0) return []
    const rows = await this.db.q.select({ id: accounts.id }).from(accounts).where(inArray(accounts.personId, personIds))
    return rows.map((r) => r.id)
  }

  /** Conversations as a side sees them: by id, by resident, or of the villages a person advises or backs up. */
  async views(where: { ids?: string[]; residentAccountId?: string; personId?: string }, side: Side) {
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
        backupId: backup.id,
        backupName: backup.name,
        readSeq,
        peerReadSeq,
        unread,
        lastSenderRole: messages.senderRole,
        lastSenderName: messages.senderName,
        lastKind: messages.kind,
        lastText: messages.text,
        lastAt: messages.createdAt,
      })
      .from(consultations)
      .innerJoin(regions, eq(regions.code, consultations.villageCode))
      .innerJoin(resident, eq(resident.id, consultations.residentAccountId))
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .innerJoin(adviser, eq(adviser.id, villageAdvisers.adviserId))
      .leftJoin(backup, eq(backup.id, villageAdvisers.backupId))
      .leftJoin(messages, and(eq(messages.consultationId, consultations.id), eq(messages.seq, consultations.lastSeq)))
      .where(
        and(
          where.ids ? inArray(consultations.id, where.ids) : undefined,
          where.residentAccountId ? eq(consultations.residentAccountId, where.residentAccountId) : undefined,
          where.personId
            ? or(eq(villageAdvisers.adviserId, where.personId), eq(villageAdvisers.backupId, where.personId))
            : undefined,
        ),
      )
      .orderBy(desc(consultations.updatedAt), asc(consultations.id))
      .limit(500)
    return rows.map((r): Consultation => ({
      id: r.id,
      status: r.status,
      village: { code: r.villageCode, name: r.villageName },
      resident: { name: r.residentName },
      adviser: { id: r.adviserId, name: r.adviserName },
      backup: r.backupId ? { id: r.backupId, name: r.backupName ?? '' } : null,
      lastSeq: r.lastSeq,
      lastMessage:
        r.lastSenderRole && r.lastKind && r.lastAt
          ? {
              seq: r.lastSeq,
              sender: { role: r.lastSenderRole, name: r.lastSenderName ?? '' },
              kind: r.lastKind,
              text: r.lastText ?? '',
              at: r.lastAt.toISOString(),
            }
          : null,
      readSeq: r.readSeq,
      peerReadSeq: r.peerReadSeq,
      unread: r.unread,
      updatedAt: r.updatedAt.toISOString(),
    }))
  }
}
