import { Injectable } from '@nestjs/common'
import type { DcFile } from '@pocket/contract'
import { and, asc, count, eq, inArray, isNotNull, isNull, lt, or, sql, sum } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { files } from './files.schema.js'

const record = {
  id: files.id,
  mime: files.mime,
  size: files.size,
  name: files.name,
  sha256: files.sha256,
  storageKey: files.storageKey,
}

/** A file attached to nothing: its owner's alone. */
const UNATTACHED = isNull(files.attachedId)

/** The record a file is attached to: a kind its domain chose, and the record's id. */
export interface AttachedTo {
  kind: string
  id: string
}

export interface FileAccessRow {
  file: DcFile
  owner: string
  attachedTo: AttachedTo | null
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

  /** The file with who owns it and what it is attached to. */
  async withAccess(id: string): Promise<FileAccessRow | null> {
    const [row] = await this.db.q
      .select({ ...record, owner: files.ownerAccountId, kind: files.attachedKind, attachedId: files.attachedId })
      .from(files)
      .where(eq(files.id, id))
    if (!row) return null
    const { owner, kind, attachedId, ...file } = row
    return { file, owner, attachedTo: kind && attachedId ? { kind, id: attachedId } : null }
  }

  /**
   * Attaches the owner's file to a record, if it is of one of the given types and attached to
   * nothing else. Attaching it again to the same record is fine (a message sent twice).
   */
  async attachOne(
    id: string,
    ownerAccountId: string,
    to: AttachedTo,
    mimes: readonly string[],
  ): Promise<'attached' | 'missing' | 'wrong-type' | 'taken'> {
    const rows = await this.db.q
      .update(files)
      .set({ attachedKind: to.kind, attachedId: to.id })
      .where(
        and(
          eq(files.id, id),
          eq(files.ownerAccountId, ownerAccountId),
          inArray(files.mime, mimes as DcFile['mime'][]),
          isNull(files.sweptAt),
          or(UNATTACHED, and(eq(files.attachedKind, to.kind), eq(files.attachedId, to.id))),
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

  /** Attaches the owner's unattached files to a record; answers how many it attached. */
  async attach(ids: string[], ownerAccountId: string, to: AttachedTo): Promise<number> {
    if (ids.length === 0) return 0
    const rows = await this.db.q
      .update(files)
      .set({ attachedKind: to.kind, attachedId: to.id })
      .where(and(inArray(files.id, ids), eq(files.ownerAccountId, ownerAccountId), UNATTACHED, isNull(files.sweptAt)))
      .returning({ id: files.id })
    return rows.length
  }

  /** The files attached to many records of a kind, by the record's id, in upload order. */
  async attachedTo(kind: string, ids: string[]): Promise<Map<string, DcFile[]>> {
    const byId = new Map<string, DcFile[]>(ids.map((n) => [n, []]))
    if (ids.length === 0) return byId
    const rows = await this.db.q
      .select({ ...record, attachedId: files.attachedId })
      .from(files)
      .where(and(eq(files.attachedKind, kind), inArray(files.attachedId, ids)))
      .orderBy(asc(files.createdAt), asc(files.id))
    for (const { attachedId, ...file } of rows) byId.get(attachedId ?? '')?.push(file)
    return byId
  }
}
