import { randomUUID } from 'node:crypto'
import { Inject, Injectable } from '@nestjs/common'
import type { DcAccount, Role } from '@pocket/contract'
import { and, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm'
import { DB, type Db, type Tx } from '../db/database.js'
import { accounts, smsChallenges } from '../db/schema.js'

type AccountRow = typeof accounts.$inferSelect

export function toDcAccount(r: AccountRow): DcAccount {
  return {
    id: r.id,
    role: r.role,
    phone: r.phone,
    displayName: r.displayName,
    villageCode: r.villageCode,
    personId: r.personId,
    createdAt: r.createdAt.toISOString(),
  }
}

export interface NewAccount {
  role: Role
  displayName: string
  phone?: string
  wechatAppId?: string
  openid?: string
  unionid?: string | null
  personId?: string | null
}

export type AccountChanges = Partial<
  Pick<AccountRow, 'role' | 'phone' | 'wechatAppId' | 'openid' | 'unionid' | 'personId' | 'villageCode' | 'displayName'>
>

@Injectable()
export class AccountsRepository {
  constructor(@Inject(DB) readonly db: Db) {}

  async byId(id: string, tx: Tx | Db = this.db): Promise<AccountRow | null> {
    const [row] = await tx.select().from(accounts).where(eq(accounts.id, id))
    return row ?? null
  }

  async byPhone(phone: string, tx: Tx | Db = this.db): Promise<AccountRow | null> {
    const [row] = await tx.select().from(accounts).where(eq(accounts.phone, phone))
    return row ?? null
  }

  async byOpenid(appId: string, openid: string, tx: Tx | Db = this.db): Promise<AccountRow | null> {
    const [row] = await tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.wechatAppId, appId), eq(accounts.openid, openid)))
    return row ?? null
  }

  /** Inserts unless an account with the same phone or openid raced in first; returns the winner. */
  async insert(tx: Tx, a: NewAccount): Promise<{ row: AccountRow; created: boolean }> {
    const [row] = await tx
      .insert(accounts)
      .values({ id: randomUUID(), ...a })
      .onConflictDoNothing()
      .returning()
    if (row) return { row, created: true }
    const existing = a.phone
      ? await this.byPhone(a.phone, tx)
      : await this.byOpenid(a.wechatAppId ?? '', a.openid ?? '', tx)
    if (!existing) throw new Error('account insert conflicted but no row found')
    return { row: existing, created: false }
  }

  async update(tx: Tx, id: string, changes: AccountChanges): Promise<AccountRow> {
    const [row] = await tx
      .update(accounts)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(accounts.id, id))
      .returning()
    return row
  }

  // --- SMS challenges -------------------------------------------------------

  async latestChallenge(phone: string, tx: Tx | Db = this.db) {
    const [row] = await tx
      .select()
      .from(smsChallenges)
      .where(eq(smsChallenges.phone, phone))
      .orderBy(desc(smsChallenges.createdAt), desc(smsChallenges.id))
      .limit(1)
    return row ?? null
  }

  async challengesSince(phone: string, since: Date, tx: Tx | Db = this.db): Promise<number> {
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(smsChallenges)
      .where(and(eq(smsChallenges.phone, phone), gte(smsChallenges.createdAt, since)))
    return n
  }

  async insertChallenge(tx: Tx, phone: string, codeHash: string, expiresAt: Date): Promise<number> {
    const [row] = await tx
      .insert(smsChallenges)
      .values({ phone, codeHash, expiresAt })
      .returning({ id: smsChallenges.id })
    return row.id
  }

  /**
   * Takes one of the code's tries before comparing, so concurrent guesses cannot exceed the
   * limit; returns the tries used including this one, or null when none are left.
   */
  async takeAttempt(id: number, maxAttempts: number): Promise<number | null> {
    const [row] = await this.db
      .update(smsChallenges)
      .set({ attempts: sql`${smsChallenges.attempts} + 1` })
      .where(and(eq(smsChallenges.id, id), lt(smsChallenges.attempts, maxAttempts), isNull(smsChallenges.consumedAt)))
      .returning({ attempts: smsChallenges.attempts })
    return row?.attempts ?? null
  }

  /** Consumes a challenge once; false if another request consumed it first. */
  async consume(tx: Tx, id: number): Promise<boolean> {
    const rows = await tx
      .update(smsChallenges)
      .set({ consumedAt: new Date() })
      .where(and(eq(smsChallenges.id, id), isNull(smsChallenges.consumedAt)))
      .returning({ id: smsChallenges.id })
    return rows.length === 1
  }
}
