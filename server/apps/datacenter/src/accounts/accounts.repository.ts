import { randomUUID } from 'node:crypto'
import { Injectable } from '@nestjs/common'
import type { Role } from '@pocket/contract'
import { and, asc, eq, inArray } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { accounts } from './accounts.schema.js'

export type AccountRow = typeof accounts.$inferSelect

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
  Pick<
    AccountRow,
    | 'role'
    | 'phone'
    | 'wechatAppId'
    | 'openid'
    | 'unionid'
    | 'personId'
    | 'villageCode'
    | 'displayName'
    | 'discreetNotices'
  >
>

@Injectable()
export class AccountsRepository {
  constructor(private readonly db: DbContext) {}

  async byId(id: string): Promise<AccountRow | null> {
    const [row] = await this.db.q.select().from(accounts).where(eq(accounts.id, id))
    return row ?? null
  }

  async byIds(ids: string[]): Promise<Map<string, AccountRow>> {
    if (ids.length === 0) return new Map()
    const rows = await this.db.q.select().from(accounts).where(inArray(accounts.id, ids))
    return new Map(rows.map((r) => [r.id, r]))
  }

  /** The ids of the accounts an adviser (a directory person) signs in with. */
  async idsOfPerson(personId: string): Promise<string[]> {
    const rows = await this.db.q
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.personId, personId))
      .orderBy(asc(accounts.createdAt), asc(accounts.id))
    return rows.map((r) => r.id)
  }

  async byPhone(phone: string): Promise<AccountRow | null> {
    const [row] = await this.db.q.select().from(accounts).where(eq(accounts.phone, phone))
    return row ?? null
  }

  async byOpenid(appId: string, openid: string): Promise<AccountRow | null> {
    const [row] = await this.db.q
      .select()
      .from(accounts)
      .where(and(eq(accounts.wechatAppId, appId), eq(accounts.openid, openid)))
    return row ?? null
  }

  /** Inserts unless an account with the same phone or openid raced in first; returns the winner. */
  async insert(a: NewAccount): Promise<{ row: AccountRow; created: boolean }> {
    const [row] = await this.db.q
      .insert(accounts)
      .values({ id: randomUUID(), ...a })
      .onConflictDoNothing()
      .returning()
    if (row) return { row, created: true }
    const existing = a.phone ? await this.byPhone(a.phone) : await this.byOpenid(a.wechatAppId ?? '', a.openid ?? '')
    if (!existing) throw new Error('account insert conflicted but no row found')
    return { row: existing, created: false }
  }

  async update(id: string, changes: AccountChanges): Promise<AccountRow> {
    const [row] = await this.db.q
      .update(accounts)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(accounts.id, id))
      .returning()
    return row
  }
}
