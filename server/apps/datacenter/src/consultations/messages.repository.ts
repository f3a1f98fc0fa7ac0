import { Injectable } from '@nestjs/common'
import type { StoredBody } from '@pocket/contract'
import { previewText } from '@pocket/contract'
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm'
import { accounts } from '../accounts/accounts.schema.js'
import { rowsFromJson } from '../db/json-rows.js'
import { DbContext } from '../db/transactions.js'
import { consultationReplies, consultations, messages } from './consultations.schema.js'
import {
  adviserFactsJson,
  adviserFactsOf,
  listOf,
  textArray,
  type AdviserFactRow,
  type AdviserFacts,
} from './adviser-facts.js'
import type { ConsultationRow, Side } from './consultations.repository.js'

export type MessageRow = typeof messages.$inferSelect

/** A message to store: numbered, with its stored content (kind and preview come from it). */
export type NewMessage = Omit<typeof messages.$inferInsert, 'kind' | 'text'> & { body: StoredBody }

export const senderKey = (senderAccountId: string, clientId: string) => `${senderAccountId} ${clientId}`

/** The sender's side has read its own message (and everything before it); system notes move no mark. */
export function readMarkOf(m: Pick<NewMessage, 'senderRole' | 'seq'>) {
  if (m.senderRole === 'resident') return { residentReadSeq: m.seq }
  if (m.senderRole === 'adviser') return { adviserReadSeq: m.seq }
  return {}
}

/** The messages of conversations: a batch of sends, one note, a page, read marks. */
@Injectable()
export class MessagesRepository {
  constructor(private readonly db: DbContext) {}
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
}
