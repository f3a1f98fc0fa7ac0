import { Injectable } from '@nestjs/common'
import type { Channel, NoticeOf, RequestKind, RequestSummary, TimelineEntry } from '@pocket/contract'
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { idempotencyKeys, requestEvents, requestNumberSeq, requests } from './requests.schema.js'

export type RequestRow = typeof requests.$inferSelect

export interface NewRequest {
  number: string
  kind: RequestKind
  channel: Channel
  accountId: string | null
  contactPhone: string
  title: string
  institutionId: string | null
}

/** A request as the registry keeps it; its status is its kind's to tell (`RequestKinds`). */
export type RequestHead = Omit<RequestSummary, 'status'>

@Injectable()
export class RequestsRepository {
  constructor(private readonly db: DbContext) {}

  async nextSequence(): Promise<number> {
    // Both drivers answer `execute` with `{ rows }`.
    const result: unknown = await this.db.q.execute(sql`select nextval(${requestNumberSeq.seqName}) as n`)
    return Number((result as { rows: { n: string | number }[] }).rows[0].n)
  }

  /** Claims an Idempotency-Key for a new request; false when the key was used before (or is in use). */
  async claimKey(accountId: string, key: string, bodyHash: string): Promise<boolean> {
    const rows = await this.db.q
      .insert(idempotencyKeys)
      .values({ accountId, key, bodyHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key })
    return rows.length === 1
  }

  async keyOf(accountId: string, key: string): Promise<{ bodyHash: string; number: string | null } | null> {
    const [row] = await this.db.q
      .select({ bodyHash: idempotencyKeys.bodyHash, number: idempotencyKeys.number })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)))
    return row ?? null
  }

  async settleKey(accountId: string, key: string, number: string): Promise<void> {
    await this.db.q
      .update(idempotencyKeys)
      .set({ number })
      .where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)))
  }

  async insert(r: NewRequest): Promise<void> {
    await this.db.q.insert(requests).values(r)
  }

  async byNumber(number: string): Promise<RequestRow | null> {
    const [row] = await this.db.q.select().from(requests).where(eq(requests.number, number))
    return row ?? null
  }

  async touch(number: string, at: Date): Promise<void> {
    await this.db.q.update(requests).set({ updatedAt: at }).where(eq(requests.number, number))
  }

  async addEvent(number: string, status: string, actor: string, note: string | NoticeOf | null): Promise<void> {
    const said = typeof note === 'string' || note === null ? { note, notice: null } : { note: null, notice: note }
    await this.db.q.insert(requestEvents).values({ number, status, actor, ...said })
  }

  async timeline(number: string): Promise<TimelineEntry[]> {
    return (await this.timelines([number])).get(number) ?? []
  }

  /** The timelines of many requests in one query, by number. */
  async timelines(numbers: string[]): Promise<Map<string, TimelineEntry[]>> {
    const byNumber = new Map<string, TimelineEntry[]>(numbers.map((n) => [n, []]))
    if (numbers.length === 0) return byNumber
    const rows = await this.db.q
      .select({
        number: requestEvents.number,
        status: requestEvents.status,
        at: requestEvents.at,
        note: requestEvents.note,
        notice: requestEvents.notice,
      })
      .from(requestEvents)
      .where(inArray(requestEvents.number, numbers))
      .orderBy(asc(requestEvents.id))
    for (const { number, at, ...r } of rows) byNumber.get(number)?.push({ ...r, at: at.toISOString() })
    return byNumber
  }

  async head(number: string): Promise<RequestHead | null> {
    const [row] = await this.heads().where(eq(requests.number, number))
    return row ? toHead(row) : null
  }

  async ofAccount(accountId: string): Promise<RequestHead[]> {
    const rows = await this.heads()
      .where(eq(requests.accountId, accountId))
      .orderBy(desc(requests.createdAt), desc(requests.number))
    return rows.map(toHead)
  }

  private heads() {
    return this.db.q
      .select({
        number: requests.number,
        kind: requests.kind,
        title: requests.title,
        createdAt: requests.createdAt,
        updatedAt: requests.updatedAt,
      })
      .from(requests)
      .$dynamic()
  }
}

function toHead(r: {
  number: string
  kind: RequestKind
  title: string
  createdAt: Date
  updatedAt: Date
}): RequestHead {
  return { ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }
}
