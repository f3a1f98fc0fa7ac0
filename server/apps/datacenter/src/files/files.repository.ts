import { Injectable } from '@nestjs/common'
import type { DcFile } from '@pocket/contract'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
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

@Injectable()
export class FilesRepository {
  constructor(private readonly db: DbContext) {}

  /** False when the id or storage key is already taken. */
  async insert(ownerAccountId: string, file: DcFile): Promise<boolean> {
    const rows = await this.db.q
      .insert(files)
      .values({ ...file, ownerAccountId })
      .onConflictDoNothing()
      .returning({ id: files.id })
    return rows.length === 1
  }

  /** The file with who owns it and the office of the request it is attached to. */
  async withAccess(id: string): Promise<{ file: DcFile; owner: string; institutionId: string | null } | null> {
    const [row] = await this.db.q
      .select({ ...record, owner: files.ownerAccountId, institutionId: requests.institutionId })
      .from(files)
      .leftJoin(requests, eq(requests.number, files.requestNumber))
      .where(eq(files.id, id))
    if (!row) return null
    const { owner, institutionId, ...file } = row
    return { file, owner, institutionId }
  }

  /** Attaches the owner's unattached files to a request; answers how many it attached. */
  async attach(ids: string[], ownerAccountId: string, requestNumber: string): Promise<number> {
    if (ids.length === 0) return 0
    const rows = await this.db.q
      .update(files)
      .set({ requestNumber })
      .where(and(inArray(files.id, ids), eq(files.ownerAccountId, ownerAccountId), isNull(files.requestNumber)))
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
