// Account-merge rules, in process: AccountsService with in-memory repositories (no database, no HTTP).
import assert from 'node:assert/strict'
import { beforeEach, describe, it } from 'node:test'
import type { DcPerson } from '@pocket/contract'
import { AppError } from '#common'
import type { AuditRepository, NewAuditRow } from '../audit/audit.repository.js'
import { AuditTrail } from '../audit/audit-trail.js'
import type { Actor } from '../common/actor.js'
import type { DbContext, TransactionRunner } from '../db/transactions.js'
import type { DirectoryService } from '../directory/directory.service.js'
import type { RegionsService } from '../regions/regions.service.js'
import type { AccountChanges, AccountRow, AccountsRepository, NewAccount } from './accounts.repository.js'
import { AccountsService } from './accounts.service.js'

const APP = 'wx-app'
const system: Actor = { id: 'system:bff', role: 'system', requestId: 'r-1' }
const adviser: DcPerson = {
  id: 'person-adviser',
  kind: 'adviser',
  name: '马晓梅',
  title: '律师',
  phone: '13800000001',
  photoUrl: null,
  institutionId: null,
  institutionName: null,
  licenceNo: null,
  specialties: [],
  languages: ['mandarin'],
  practiceStatus: 'practising',
  isDemo: true,
}

class MemoryAccounts {
  readonly rows = new Map<string, AccountRow>()
  private next = 1
  byId = async (id: string) => this.rows.get(id) ?? null
  byPhone = async (phone: string) => [...this.rows.values()].find((r) => r.phone === phone) ?? null
  byOpenid = async (appId: string, openid: string) =>
    [...this.rows.values()].find((r) => r.wechatAppId === appId && r.openid === openid) ?? null
  insert = async (a: NewAccount) => {
    const row: AccountRow = {
      id: `acc-${this.next++}`,
      role: a.role,
      phone: a.phone ?? null,
      wechatAppId: a.wechatAppId ?? null,
      openid: a.openid ?? null,
      unionid: a.unionid ?? null,
      personId: a.personId ?? null,
      villageCode: null,
      displayName: a.displayName,
      discreetNotices: false,
      createdAt: new Date(),
      updatedAt: new Date(),
    }
    this.rows.set(row.id, row)
    return { row, created: true }
  }
  update = async (id: string, changes: AccountChanges) => {
    const row = { ...this.rows.get(id)!, ...changes }
    this.rows.set(id, row)
    return row
  }
}

describe('AccountsService: who a WeChat sign-in with a verified phone is', () => {
  let accounts: MemoryAccounts
  let audit: NewAuditRow[]
  let service: AccountsService

  beforeEach(() => {
    accounts = new MemoryAccounts()
    audit = []
    let open = false
    const db = {
      get inTransaction() {
        return open
      },
    } as DbContext
    const tx = {
      run: async <T>(fn: () => Promise<T>) => {
        open = true
        try {
          return await fn()
        } finally {
          open = false
        }
      },
    } as TransactionRunner
    const auditRepo = { insert: async (row: NewAuditRow) => void audit.push(row) } as unknown as AuditRepository
    const directory = {
      personByPhone: async (phone: string) => (phone === adviser.phone ? adviser : null),
      person: async (id: string) => (id === adviser.id ? adviser : null),
    } as unknown as DirectoryService
    const regions = {
      path: async (code: string) => ({ code, level: 'village', names: ['福宁村'] }),
    } as unknown as RegionsService
    service = new AccountsService(
      accounts as unknown as AccountsRepository,
      directory,
      regions,
      tx,
      new AuditTrail(db, auditRepo),
    )
  })

  const wechat = (openid: string, phone?: string) =>
    service.wechat(system, { appId: APP, openid, unionid: null, ...(phone ? { phone } : {}) })

  it('joins a WeChat-only account into the SMS account of that phone, keeping its village', async () => {
    const wechatOnly = (await wechat('o-1')).account.id
    await accounts.update(wechatOnly, { villageCode: '640121100201' })
    const sms = (await accounts.insert({ role: 'resident', displayName: '居民0001', phone: '13900000001' })).row.id

    const view = await wechat('o-1', '13900000001')

    assert.equal(view.account.id, sms)
    assert.equal(view.account.villageCode, '640121100201')
    assert.equal((await accounts.byId(sms))?.openid, 'o-1')
    assert.equal((await accounts.byId(wechatOnly))?.openid, null)
    assert.deepEqual(
      audit.map((a) => a.action),
      ['account.create', 'account.merge', 'account.bind_wechat'],
    )
  })

  it('recognises an adviser by the phone and makes the WeChat-only account theirs', async () => {
    await wechat('o-2')
    const view = await wechat('o-2', adviser.phone)
    assert.equal(view.account.role, 'adviser')
    assert.equal(view.account.personId, adviser.id)
    const last = audit[audit.length - 1]
    assert.equal(last.action, 'account.bind_phone')
    assert.deepEqual(last.after, { phone: '138****0001', role: 'adviser' })
  })

  it('refuses a phone already bound to another WeChat, and changes nothing', async () => {
    await wechat('o-3', '13900000003')
    const before = JSON.stringify([...accounts.rows.values()])
    await assert.rejects(wechat('o-4', '13900000003'), (err: AppError) => err.code === 'CONFLICT')
    assert.equal(JSON.stringify([...accounts.rows.values()]), before)
  })

  it('refuses a WeChat already bound to another phone, naming that phone masked', async () => {
    await wechat('o-5', '13900000005')
    await assert.rejects(wechat('o-5', '13900000006'), (err: AppError) => {
      assert.equal(err.code, 'CONFLICT')
      assert.match(err.message, /139\*\*\*\*0005/)
      return true
    })
  })

  it('writes no audit row outside the transaction of its change', async () => {
    const trail = new AuditTrail({ inTransaction: false } as DbContext, { insert: async () => undefined } as never)
    await assert.rejects(trail.of('account', ['create']).record(system, 'create', 'x', { before: null, after: null }))
  })
})
