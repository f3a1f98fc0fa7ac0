import { randomUUID } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import { and, eq, gt, isNull } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { sessions, spentRefreshTokens } from './sessions.schema.js'

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DbContext) {}

  async create(accountId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const id = randomUUID()
    await this.db.q.insert(sessions).values({ id, accountId, tokenHash, expiresAt })
    return id
  }

  /** Swaps the live token of a family; null when `tokenHash` is not a live token. */
  async rotate(tokenHash: string, newTokenHash: string, expiresAt: Date) {
    const now = new Date()
    const [row] = await this.db.q
      .update(sessions)
      .set({ tokenHash: newTokenHash, rotatedAt: now, expiresAt })
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
      .returning({ id: sessions.id, accountId: sessions.accountId })
    if (!row) return null
    await this.db.q.insert(spentRefreshTokens).values({ tokenHash, sessionId: row.id })
    return row
  }

  /**
   * The session whose live token is `newTokenHash` and which spent `tokenHash` less than
   * `graceSeconds` ago: the same rotation asked again, not a theft.
   */
  async rotatedWithin(tokenHash: string, newTokenHash: string, graceSeconds: number) {
    if (graceSeconds <= 0) return null
    const now = new Date()
    const [row] = await this.db.q
      .select({ id: sessions.id, accountId: sessions.accountId })
      .from(spentRefreshTokens)
      .innerJoin(sessions, eq(sessions.id, spentRefreshTokens.sessionId))
      .where(
        and(
          eq(spentRefreshTokens.tokenHash, tokenHash),
          eq(sessions.tokenHash, newTokenHash),
          gt(spentRefreshTokens.spentAt, new Date(now.getTime() - graceSeconds * 1000)),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
        ),
      )
    return row ?? null
  }

  async spentBy(tokenHash: string): Promise<string | null> {
    const [row] = await this.db.q
      .select({ sessionId: spentRefreshTokens.sessionId })
      .from(spentRefreshTokens)
      .where(eq(spentRefreshTokens.tokenHash, tokenHash))
    return row?.sessionId ?? null
  }

  async byTokenHash(tokenHash: string) {
    const [row] = await this.db.q.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))
    return row ?? null
  }

  async revokedSince(since: Date): Promise<string[]> {
    const rows = await this.db.q.select({ id: sessions.id }).from(sessions).where(gt(sessions.revokedAt, since))
    return rows.map((r) => r.id)
  }

  async revoke(id: string, reason: string): Promise<boolean> {
    const rows = await this.db.q
      .update(sessions)
      .set({ revokedAt: new Date(), revokeReason: reason })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id })
    return rows.length === 1
  }
}
