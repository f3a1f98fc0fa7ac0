import { randomUUID } from 'node:crypto'
import { Inject, Injectable } from '@nestjs/common'
import { and, eq, gt, isNull } from 'drizzle-orm'
import { DB, type Db, type Tx } from '../db/database.js'
import { sessions, spentRefreshTokens } from '../db/schema.js'

@Injectable()
export class SessionsRepository {
  constructor(@Inject(DB) readonly db: Db) {}

  async create(tx: Tx, accountId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const id = randomUUID()
    await tx.insert(sessions).values({ id, accountId, tokenHash, expiresAt })
    return id
  }

  /** Swaps the live token of a family; null when `tokenHash` is not a live token. */
  async rotate(tx: Tx, tokenHash: string, newTokenHash: string, expiresAt: Date) {
    const now = new Date()
    const [row] = await tx
      .update(sessions)
      .set({ tokenHash: newTokenHash, rotatedAt: now, expiresAt })
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
      .returning({ id: sessions.id, accountId: sessions.accountId })
    if (!row) return null
    await tx.insert(spentRefreshTokens).values({ tokenHash, sessionId: row.id })
    return row
  }

  async spentBy(tokenHash: string, tx: Tx | Db = this.db): Promise<string | null> {
    const [row] = await tx
      .select({ sessionId: spentRefreshTokens.sessionId })
      .from(spentRefreshTokens)
      .where(eq(spentRefreshTokens.tokenHash, tokenHash))
    return row?.sessionId ?? null
  }

  async byTokenHash(tokenHash: string, tx: Tx | Db = this.db) {
    const [row] = await tx.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))
    return row ?? null
  }

  async byId(id: string, tx: Tx | Db = this.db) {
    const [row] = await tx.select().from(sessions).where(eq(sessions.id, id))
    return row ?? null
  }

  async revoke(tx: Tx, id: string, reason: string): Promise<boolean> {
    const rows = await tx
      .update(sessions)
      .set({ revokedAt: new Date(), revokeReason: reason })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id })
    return rows.length === 1
  }
}
