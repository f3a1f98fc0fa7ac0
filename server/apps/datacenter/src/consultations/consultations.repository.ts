import { randomBytes } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import type { ConsultationsQuery, StoredBody } from '@pocket/contract'
import { previewText } from '@pocket/contract'
import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { accounts } from '../accounts/accounts.schema.js'
import { rowsFromJson } from '../db/json-rows.js'
import { DbContext } from '../db/transactions.js'
import { people, villageAdvisers } from '../directory/directory.schema.js'
import { regions } from '../regions/regions.schema.js'
import {
  adviserAway,
  consultationRatings,
  consultationReplies,
  consultations,
  messages,
  savedReplies,
} from './consultations.schema.js'

export type ConsultationRow = typeof consultations.$inferSelect
export type MessageRow = typeof messages.$inferSelect
export type Side = 'resident' | 'adviser'

const adviser = alias(people, 'adviser')
const backup = alias(people, 'backup')
const resident = alias(accounts, 'resident')
const away = alias(adviserAway, 'away')

/** What a list row holds before the service shapes it for a side (deadline state, availability). */
export type ConsultationViewRow = Awaited<ReturnType<ConsultationsRepository['views']>>[number]

/** Conversations a person sees as an adviser: their villages', and their backups' when covered. */
export interface InboxScope {
  personId: string
  now: Date
  filter?: ConsultationsQuery['filter']
  q?: string
}

/** A message to store: numbered, with its stored content (kind and preview come from it). */
export type NewMessage = Omit<typeof messages.$inferInsert, 'kind' | 'text'> & { body: StoredBody }

export type Assignment = { adviserId: string; backupId: string | null }

/** Villages' advisers (by village code), and their names, leave and accounts (by person id). */
export interface AdviserFacts {
  assignments: Map<string, Assignment>
  names: Map<string, string>
  away: Map<string, Date>
  accountsOfPerson: Map<string, string[]>
}

export const senderKey = (senderAccountId: string, clientId: string) => `${senderAccountId} ${clientId}`

/** The sender's side has read its own message (and everything before it); system notes move no mark. */
export function readMarkOf(m: Pick<NewMessage, 'senderRole' | 'seq'>) {
  if (m.senderRole === 'resident') return { residentReadSeq: m.seq }
  if (m.senderRole === 'adviser') return { adviserReadSeq: m.seq }
  return {}
}

/** `%` and `_` in a search are letters, not wildcards. */
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

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

  /**
   * What a batch of sends decides from, in one statement: its conversations, locked in id order
   * (two batches sharing conversations queue, never deadlock); the accounts sending; the villages'
   * advisers (as `adviserFacts`); and the messages already stored under its (sender, clientId)
   * pairs, keyed `sender clientId`: one index lookup per pair (a lateral subquery the planner cannot
   * turn into a scan of every message of the senders, even in a plan PGlite made while the table was
   * small and kept). Written in SQL with each list as one array parameter: built by
   * the query builder it cost more than it took the database to run. A resend that another batch stored
   * while this one waited for the lock is not among the earlier messages (the statement's snapshot
   * predates the wait): storing it again fails on the unique index, and the batch is then tried item
   * by item.
   */
  async forSending(
    ids: string[],
    accountIds: string[],
    keys: { senderAccountId: string; clientId: string }[],
    now: Date,
  ): Promise<{
    locked: Map<string, ConsultationRow>
    accounts: Map<string, typeof accounts.$inferSelect>
    advisers: AdviserFacts
    earlier: Map<string, MessageRow>
  }> {
    const result: unknown = await this.db.q.execute(sql`
      select
        (select coalesce(json_agg(c), '[]'::json) from
          (select * from ${consultations} where id = any(${listOf(ids)}) order by id for update) c) as locked,
        (select coalesce(json_agg(a), '[]'::json) from ${accounts} a where a.id = any(${listOf(accountIds)})) as accounts,
        (${adviserFactsJson(ids, now)}) as advisers,
        (select coalesce(json_agg(m), '[]'::json)
          from unnest(${textArray(keys.map((k) => k.senderAccountId))}, ${textArray(keys.map((k) => k.clientId))})
            as k(sender_account_id, client_id)
          cross join lateral (select * from ${messages} m
            where m.sender_account_id = k.sender_account_id and m.client_id = k.client_id limit 1) m) as earlier`)
    // Both drivers answer `execute` with `{ rows }`, and parse `json` columns.
    const [read] = (
      result as { rows: { locked: unknown; accounts: unknown; advisers: AdviserFactRow[]; earlier: unknown }[] }
    ).rows
    return {
      locked: new Map(rowsFromJson(consultations, read.locked).map((r) => [r.id, r])),
      accounts: new Map(rowsFromJson(accounts, read.accounts).map((r) => [r.id, r])),
      advisers: adviserFactsOf(read.advisers),
      earlier: new Map(
        rowsFromJson(messages, read.earlier).map((r) => [senderKey(r.senderAccountId ?? '', r.clientId), r]),
      ),
    }
  }

  async messageAt(consultationId: string, seq: number): Promise<MessageRow | null> {
    const [row] = await this.db.q
      .select()
      .from(messages)
      .where(and(eq(messages.consultationId, consultationId), eq(messages.seq, seq)))
    return row ?? null
  }

  async villageName(code: string): Promise<string> {
    const [row] = await this.db.q.select({ name: regions.name }).from(regions).where(eq(regions.code, code))
    return row?.name ?? ''
  }

  /** Stores messages as numbered by the caller, under the locks of their conversations. */
  async insertMessages(rows: NewMessage[]): Promise<MessageRow[]> {
    if (rows.length === 0) return []
    return this.db.q
      .insert(messages)
      .values(rows.map((r) => ({ ...r, kind: r.body.kind, text: previewText(r.body) })))
      .returning()
  }

  /** Stores the next message and moves the conversation's marks (one message outside a batch). */
  async append(row: NewMessage, at: Date): Promise<MessageRow> {
    const [stored] = await this.insertMessages([row])
    await this.db.q
      .update(consultations)
      .set({ lastSeq: row.seq, updatedAt: at, ...readMarkOf(row) })
      .where(eq(consultations.id, row.consultationId))
    return stored
  }

  /**
   * Writes what a batch of sends decided, in one statement: its messages (numbered by the caller),
   * the answers it recorded, and the whole state of every conversation it changed (new last
   * sequence, read marks, deadline, hand-over, status), which the caller holds locked. Each set of
   * rows goes as one JSON parameter (`json_to_recordset`): three parameters whatever the batch's
   * size, where a parameter per value made building and sending the statement cost more than
   * running it.
   */
  async writeSends(sent: {
    messages: MessageRow[]
    replies: (typeof consultationReplies.$inferInsert)[]
    states: ConsultationRow[]
  }): Promise<void> {
    if (sent.messages.length + sent.replies.length + sent.states.length === 0) return
    const messageRows = sent.messages.map((m) => ({
      consultation_id: m.consultationId,
      seq: m.seq,
      client_id: m.clientId,
      sender_account_id: m.senderAccountId,
      sender_role: m.senderRole,
      sender_name: m.senderName,
      kind: m.kind,
      text: m.text,
      body: m.body,
      created_at: m.createdAt,
    }))
    const replyRows = sent.replies.map((r) => ({
      consultation_id: r.consultationId,
      person_id: r.personId,
      asked_at: r.askedAt,
      answered_at: r.answeredAt,
      late: r.late,
    }))
    const stateRows = sent.states.map((r) => ({
      id: r.id,
      last_seq: r.lastSeq,
      resident_read_seq: r.residentReadSeq,
      adviser_read_seq: r.adviserReadSeq,
      status: r.status,
      updated_at: r.updatedAt,
      awaiting_since: r.awaitingSince,
      reply_due_at: r.replyDueAt,
      handed_over_at: r.handedOverAt,
      resolved_at: r.resolvedAt,
      rating_score: r.ratingScore,
      rating_comment: r.ratingComment,
    }))
    await this.db.q.execute(sql`
      with sent as (
        insert into ${messages} (consultation_id, seq, client_id, sender_account_id, sender_role, sender_name,
          kind, text, body, created_at)
        select * from json_to_recordset(${JSON.stringify(messageRows)}::json) as m(consultation_id text, seq int,
          client_id text, sender_account_id text, sender_role text, sender_name text, kind text, text text,
          body jsonb, created_at timestamptz)
      ), answered as (
        insert into ${consultationReplies} (consultation_id, person_id, asked_at, answered_at, late)
        select * from json_to_recordset(${JSON.stringify(replyRows)}::json) as r(consultation_id text,
          person_id text, asked_at timestamptz, answered_at timestamptz, late boolean)
      )
      update ${consultations} as c set
        last_seq = v.last_seq, resident_read_seq = v.resident_read_seq, adviser_read_seq = v.adviser_read_seq,
        status = v.status, updated_at = v.updated_at, awaiting_since = v.awaiting_since,
        reply_due_at = v.reply_due_at, handed_over_at = v.handed_over_at, resolved_at = v.resolved_at,
        rating_score = v.rating_score, rating_comment = v.rating_comment
      from json_to_recordset(${JSON.stringify(stateRows)}::json) as v(id text, last_seq int, resident_read_seq int,
        adviser_read_seq int, status text, updated_at timestamptz, awaiting_since timestamptz,
        reply_due_at timestamptz, handed_over_at timestamptz, resolved_at timestamptz, rating_score smallint,
        rating_comment text)
      where c.id = v.id`)
  }

  /** Changes a conversation's state (awaiting, deadline, hand-over, status, rating). */
  async update(id: string, fields: Partial<typeof consultations.$inferInsert>): Promise<void> {
    await this.db.q.update(consultations).set(fields).where(eq(consultations.id, id))
  }

  /** Locks a conversation nobody else holds now; null when it is locked (another sweep has it) or gone. */
  async lockIfFree(id: string): Promise<ConsultationRow | null> {
    const [row] = await this.db.q
      .select()
      .from(consultations)
      .where(eq(consultations.id, id))
      .for('update', { skipLocked: true })
    return row ?? null
  }

  /**
   * Open conversations awaiting an answer, not yet handed over, whose village has a backup, and
   * whose deadline passed or whose adviser is away.
   */
  async toHandOver(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.q
      .select({ id: consultations.id })
      .from(consultations)
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .leftJoin(away, and(eq(away.personId, villageAdvisers.adviserId), gt(away.until, now)))
      .where(
        and(
          eq(consultations.status, 'open'),
          isNotNull(consultations.awaitingSince),
          sql`${consultations.handedOverAt} is null`,
          isNotNull(villageAdvisers.backupId),
          or(lte(consultations.replyDueAt, now), isNotNull(away.personId)),
        ),
      )
      .orderBy(asc(consultations.replyDueAt))
      .limit(limit)
    return rows.map((r) => r.id)
  }

  /** Until when a person is away (on leave), if they are now. */
  async awayUntil(personId: string, now: Date): Promise<Date | null> {
    const [row] = await this.db.q
      .select({ until: adviserAway.until })
      .from(adviserAway)
      .where(and(eq(adviserAway.personId, personId), gt(adviserAway.until, now)))
    return row?.until ?? null
  }

  /**
   * What conversations need to know of their advisers, in one query: who advises (and backs up)
   * each village, their names, until when each is away (if now), and the accounts each signs in with.
   */
  async adviserFacts(consultationIds: string[], now: Date): Promise<AdviserFacts> {
    if (consultationIds.length === 0) return adviserFactsOf([])
    const result: unknown = await this.db.q.execute(sql`select (${adviserFactsJson(consultationIds, now)}) as advisers`)
    return adviserFactsOf((result as { rows: { advisers: AdviserFactRow[] }[] }).rows[0].advisers)
  }

  async setAway(personId: string, until: Date | null): Promise<void> {
    if (!until) {
      await this.db.q.delete(adviserAway).where(eq(adviserAway.personId, personId))
      return
    }
    await this.db.q
      .insert(adviserAway)
      .values({ personId, until })
      .onConflictDoUpdate({ target: adviserAway.personId, set: { until, setAt: new Date() } })
  }

  async savedReplies(accountId: string): Promise<string[] | null> {
    const [row] = await this.db.q.select().from(savedReplies).where(eq(savedReplies.accountId, accountId))
    return row?.items ?? null
  }

  async saveReplies(accountId: string, items: string[]): Promise<void> {
    await this.db.q
      .insert(savedReplies)
      .values({ accountId, items })
      .onConflictDoUpdate({ target: savedReplies.accountId, set: { items, updatedAt: new Date() } })
  }

  /** Answers given by a person since a time: how many, and the median wait in minutes. */
  async replyFigures(personId: string, weekStart: Date, monthAgo: Date) {
    const [row] = await this.db.q
      .select({
        answeredThisWeek:
          sql<number>`count(*) filter (where ${consultationReplies.answeredAt} >= ${weekStart})`.mapWith(Number),
        medianMinutes: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from ${consultationReplies.answeredAt} - ${consultationReplies.askedAt}) / 60) filter (where ${consultationReplies.answeredAt} >= ${monthAgo})`.mapWith(
          (v) => (v === null ? null : Number(v)),
        ),
      })
      .from(consultationReplies)
      .where(eq(consultationReplies.personId, personId))
    return row
  }

  /** Keeps a rating of one resolution; false when that resolution was rated already. */
  async addRating(consultationId: string, resolvedAt: Date, rating: { score: number; comment: string }) {
    const rows = await this.db.q
      .insert(consultationRatings)
      .values({ consultationId, resolvedAt, score: rating.score, comment: rating.comment })
      .onConflictDoNothing()
      .returning({ id: consultationRatings.consultationId })
    return rows.length === 1
  }

  /** The average of every rating given in the conversations of the villages a person advises. */
  async ratingOf(personId: string): Promise<{ average: number | null; count: number }> {
    const [row] = await this.db.q
      .select({
        average: sql<number | null>`avg(${consultationRatings.score})`.mapWith((v) => (v === null ? null : Number(v))),
        count: sql<number>`count(${consultationRatings.score})`.mapWith(Number),
      })
      .from(consultationRatings)
      .innerJoin(consultations, eq(consultations.id, consultationRatings.consultationId))
      .innerJoin(villageAdvisers, eq(villageAdvisers.villageCode, consultations.villageCode))
      .where(eq(villageAdvisers.adviserId, personId))
    return { average: row.average === null ? null : Math.round(row.average * 10) / 10, count: row.count }
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

/** A row of `adviserFactsJson`: one person advising (or backing up) a village, with one of their accounts. */
interface AdviserFactRow {
  village_code: string
  adviser_id: string
  backup_id: string | null
  person_id: string
  name: string
  /** A timestamp as JSON gives it. */
  away_until: string | null
  account_id: string | null
}

/** Texts as one parameter, in order (a PostgreSQL array literal, each element quoted). */
const textArray = (xs: string[]) => sql`${`{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`

/** A set of texts as one parameter, for `x = any(${listOf(xs)})`. */
const listOf = (xs: string[]) => textArray([...new Set(xs)])

/**
 * Who advises (and backs up) the conversations' villages, their names, until when each is away
 * (if now), and the accounts each signs in with: a JSON array of `AdviserFactRow`.
 */
function adviserFactsJson(consultationIds: string[], now: Date): SQL {
  return sql`select coalesce(json_agg(f), '[]'::json) from (
    select distinct c.village_code, va.adviser_id, va.backup_id, p.id as person_id, p.name,
      w.until as away_until, a.id as account_id
    from ${consultations} c
    join ${villageAdvisers} va on va.village_code = c.village_code
    join ${people} p on p.id = va.adviser_id or p.id = va.backup_id
    left join ${adviserAway} w on w.person_id = p.id and w.until > ${now.toISOString()}::timestamptz
    left join ${accounts} a on a.person_id = p.id
    where c.id = any(${listOf(consultationIds)})) f`
}

function adviserFactsOf(rows: AdviserFactRow[]): AdviserFacts {
  const facts: AdviserFacts = { assignments: new Map(), names: new Map(), away: new Map(), accountsOfPerson: new Map() }
  for (const r of rows) {
    facts.assignments.set(r.village_code, { adviserId: r.adviser_id, backupId: r.backup_id })
    facts.names.set(r.person_id, r.name)
    if (r.away_until) facts.away.set(r.person_id, new Date(r.away_until))
    const ids = facts.accountsOfPerson.get(r.person_id) ?? []
    if (r.account_id && !ids.includes(r.account_id)) ids.push(r.account_id)
    facts.accountsOfPerson.set(r.person_id, ids)
  }
  return facts
}
