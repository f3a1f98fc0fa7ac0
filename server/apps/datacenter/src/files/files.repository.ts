import { Injectable } from '@nestjs/common'
import type { DcFile } from '@pocket/contract'
import { and, asc, count, eq, inArray, isNotNull, isNull, lt, or, sql, sum } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { requests } from '../requests/requests.schema.js'
import { files } from './files.schema.js'

const record = {
  id: files.id,
  mime: files.mime,
  size: files.size,
  name: files.name,
  sha256: files.sha256,
  storageKey: files.storageKey,
}

/** A file that belongs to no request and no conversation: its owner's alone. */
const UNATTACHED = and(isNull(files.requestNumber), isNull(files.consultationId))

export interface FileAccessRow {
  file: DcFile
  owner: string
  institutionId: string | null
  consultationId: string | null
}

@Injectable()
export class FilesRepository {
  constructor(private readonly db: DbContext) {}

  /** Holds an account's uploads for the rest of the transaction (two at once cannot both pass a limit). */
  async lockOwner(ownerAccountId: string): Promise<void> {
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${`files:${ownerAccountId}`}))`)
  }

  /** How many files the account uploaded since then, and the bytes all its files take. */
  async usage(ownerAccountId: string, since: Date): Promise<{ today: number; bytes: number }> {
    const [row] = await this.db.q
      .select({
        today: count(sql`case when ${files.createdAt} >= ${since} then 1 end`),
        bytes: sum(files.size),
      })
      .from(files)
      .where(eq(files.ownerAccountId, ownerAccountId))
    return { today: row.today, bytes: Number(row.bytes ?? 0) }
  }

  /**
   * Claims files attached to nothing since before `olderThan` (and not claimed in the last hour, so
   * a sweeper that died mid-way is taken over): from now on they cannot be attached.
   */
  async claimOrphans(olderThan: Date, limit: number): Promise<{ id: string; storageKey: string }[]> {
    const now = new Date()
    const stale = new Date(now.getTime() - 3600_000)
    const due = this.db.q
      .select({ id: files.id })
      .from(files)
      .where(and(UNATTACHED, lt(files.createdAt, olderThan), or(isNull(files.sweptAt), lt(files.sweptAt, stale))))
      .orderBy(asc(files.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true })
    return this.db.q
      .update(files)
      .set({ sweptAt: now })
      .where(inArray(files.id, due))
      .returning({ id: files.id, storageKey: files.storageKey })
  }

  /** Deletes claimed, still unattached records (their bytes are gone). */
  async forget(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0
    const rows = await this.db.q
      .delete(files)
      .where(and(inArray(files.id, ids), isNotNull(files.sweptAt), UNATTACHED))
      .returning({ id: files.id })
    return rows.length
  }

  /** False when the id or storage key is already taken. */
  async insert(ownerAccountId: string, file: DcFile): Promise<boolean> {
    const rows = await this.db.q
      .insert(files)
      .values({ ...file, ownerAccountId })
      .onConflictDoNothing()
      .returning({ id: files.id })
    return rows.length === 1
  }

  /** The file with who owns it, the office of the request and the conversation it belongs to. */
  async withAccess(id: string): Promise<FileAccessRow | null> {
    const [row] = await this.db.q
      .select({
        ...record,
        owner: files.ownerAccountId,
        institutionId: requests.institutionId,
        consultationId: files.consultationId,
      })
      .from(files)
      .leftJoin(requests, eq(requests.number, files.requestNumber))
      .where(eq(files.id, id))
    if (!row) return null
    const { owner, institutionId, consultationId, ...file } = row
    return { file, owner, institutionId, consultationId }
  }

  /**
   * Puts the owner's file in a conversation (a photo or a voice note sent there), if it is of one
   * of the given types and not a request's or another conversation's. Sending it again is fine.
   */
  async attachToConversation(
    id: string,
    ownerAccountId: string,
    consultationId: string,
    mimes: readonly string[],
  ): Promise<'attached' | 'missing' | 'wrong-type' | 'taken'> {
    const rows = await this.db.q
      .update(files)
      .set({ consultationId })
      .where(
        and(
          eq(files.id, id),
          eq(files.ownerAccountId, ownerAccountId),
          inArray(files.mime, mimes as DcFile['mime'][]),
          isNull(files.requestNumber),
          isNull(files.sweptAt),
          or(isNull(files.consultationId), eq(files.consultationId, consultationId)),
        ),
      )
      .returning({ id: files.id })
    if (rows.length === 1) return 'attached'
    const [row] = await this.db.q
      .select({ owner: files.ownerAccountId, mime: files.mime, swept: files.sweptAt })
      .from(files)
      .where(eq(files.id, id))
    if (row?.owner !== ownerAccountId || row.swept) return 'missing'
    return mimes.includes(row.mime) ? 'taken' : 'wrong-type'
  }

  /** Attaches the owner's unattached files to a request; answers how many it attached. */
  async attach(ids: string[], ownerAccountId: string, requestNumber: string): Promise<number> {
    if (ids.length === 0) return 0
    const rows = await this.db.q
      .update(files)
      .set({ requestNumber })
      .where(and(inArray(files.id, ids), eq(files.ownerAccountId, ownerAccountId), UNATTACHED, isNull(files.sweptAt)))
      .returning({ id: files.id })
    return rows.length
  }

  /** The files of many requests, by request number, in upload order. */
  async ofRequests(numbers: string[]): Promise<Map<string, DcFile[]>> {
    const byNumber = new Map<string, DcFile[]>(numbers.map((n) => [n, []]))
    if (numbers.length === 0) return byNumber
    const rows = await this.db.q
      .select({ ...record, requestNumber: files.requestNumber })
      .from(files)
      .where(inArray(files.requestNumber, numbers))
      .orderBy(asc(files.createdAt), asc(files.id))
    for (const { requestNumber, ...file } of rows) byNumber.get(requestNumber ?? '')?.push(file)
    return byNumber
  }
}
