import { Injectable } from '@nestjs/common'
import type { DcAccountView, DcWechatAccountRequest } from '@pocket/contract'
import { AppError, maskPhone } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import { assertSelf, assertSelfOrSystem, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { DirectoryService } from '../directory/directory.service.js'
import { RegionsService } from '../regions/regions.service.js'
import { identityOfPhone, toDcAccount } from './account.mapper.js'
import { AccountsRepository, type NewAccount } from './accounts.repository.js'
import { zhCNNames } from './templates/zh-CN.js'

const ACCOUNT_ACTIONS = ['create', 'merge', 'bind_wechat', 'bind_phone', 'set_village', 'set_notices'] as const

/** Accounts: who a phone or a WeChat openid is, and their village. */
@Injectable()
export class AccountsService {
  private readonly audit

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryService,
    private readonly regions: RegionsService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('account', ACCOUNT_ACTIONS)
  }

  /** The account of a phone, created on first sign-in; call inside the sign-in's transaction. */
  async ofPhone(actor: Actor, phone: string): Promise<string> {
    const existing = await this.accounts.byPhone(phone)
    if (existing) return existing.id
    const person = await this.directory.personByPhone(phone)
    return this.create(actor, { phone, ...identityOfPhone(phone, person) })
  }

  async wechat(actor: Actor, req: DcWechatAccountRequest): Promise<DcAccountView> {
    if (req.phone) return this.wechatWithPhone(actor, req, req.phone)
    const existing = await this.accounts.byOpenid(req.appId, req.openid)
    if (existing) return this.view(existing.id)
    const id = await this.tx.run(() =>
      this.create(actor, {
        role: 'resident',
        wechatAppId: req.appId,
        openid: req.openid,
        unionid: req.unionid,
        displayName: zhCNNames.wechatUser,
      }),
    )
    return this.view(id)
  }

  /**
   * WeChat sign-in with the phone WeChat verified. The phone decides who the person is (an adviser,
   * a staff member, or the resident who signed in by SMS before); the openid is bound to that
   * account. A WeChat-only account met here is joined into the phone's account (its village kept
   * if the phone's account has none). A phone or openid already bound elsewhere is refused.
   */
  private async wechatWithPhone(actor: Actor, req: DcWechatAccountRequest, phone: string): Promise<DcAccountView> {
    const person = await this.directory.personByPhone(phone)
    const id = await this.tx.run(async () => {
      const byOpenid = await this.accounts.byOpenid(req.appId, req.openid)
      const byPhone = await this.accounts.byPhone(phone)
      if (byOpenid && byPhone && byOpenid.id === byPhone.id) return byOpenid.id
      if (byOpenid?.phone) {
        throw new AppError('CONFLICT', { key: 'account.wechatBound', params: { phone: maskPhone(byOpenid.phone) } })
      }
      if (byPhone?.openid) throw new AppError('CONFLICT', { key: 'account.phoneBound' })
      const wechat = { wechatAppId: req.appId, openid: req.openid, unionid: req.unionid }
      if (byPhone) {
        // The phone's account (say, an SMS sign-in) takes the openid; a WeChat-only account gives it up.
        if (byOpenid) {
          await this.accounts.update(byOpenid.id, { wechatAppId: null, openid: null, unionid: null })
          await this.audit.record(actor, 'merge', byPhone.id, {
            before: { from: byOpenid.id, villageCode: byPhone.villageCode },
            after: { into: byPhone.id, villageCode: byPhone.villageCode ?? byOpenid.villageCode },
          })
        }
        await this.accounts.update(byPhone.id, {
          ...wechat,
          villageCode: byPhone.villageCode ?? byOpenid?.villageCode ?? null,
        })
        await this.audit.record(actor, 'bind_wechat', byPhone.id, {
          before: { openid: false },
          after: { openid: true },
        })
        return byPhone.id
      }
      if (byOpenid) {
        const identity = identityOfPhone(phone, person)
        await this.accounts.update(byOpenid.id, { phone, ...identity })
        await this.audit.record(actor, 'bind_phone', byOpenid.id, {
          before: { phone: null, role: byOpenid.role },
          after: { phone: maskPhone(phone), role: identity.role },
        })
        return byOpenid.id
      }
      return this.create(actor, { phone, ...wechat, ...identityOfPhone(phone, person) })
    })
    return this.view(id)
  }

  async get(actor: Actor, id: string): Promise<DcAccountView> {
    assertSelfOrSystem(actor, id)
    return this.view(id)
  }

  async setVillage(actor: Actor, id: string, villageCode: string): Promise<DcAccountView> {
    assertSelf(actor, id)
    await this.regions.village(villageCode)
    await this.tx.run(async () => {
      const before = await this.accounts.byId(id)
      if (!before) throw new AppError('NOT_FOUND', { key: 'notFound.account' })
      const after = await this.accounts.update(id, { villageCode })
      await this.audit.record(actor, 'set_village', id, {
        before: { villageCode: before.villageCode },
        after: { villageCode: after.villageCode },
      })
    })
    return this.view(id)
  }

  /** Discreet notices: what SMS and subscribe messages say on a phone others may see. */
  async setNotices(actor: Actor, id: string, discreet: boolean): Promise<DcAccountView> {
    assertSelf(actor, id)
    await this.tx.run(async () => {
      const before = await this.accounts.byId(id)
      if (!before) throw new AppError('NOT_FOUND', { key: 'notFound.account' })
      await this.accounts.update(id, { discreetNotices: discreet })
      await this.audit.record(actor, 'set_notices', id, {
        before: { discreetNotices: before.discreetNotices },
        after: { discreetNotices: discreet },
      })
    })
    return this.view(id)
  }

  /** An account with its village and person, as the BFF shows it. */
  async view(id: string): Promise<DcAccountView> {
    const row = await this.accounts.byId(id)
    if (!row) throw new AppError('NOT_FOUND', { key: 'notFound.account' })
    const [village, person] = await Promise.all([
      row.villageCode ? this.regions.path(row.villageCode) : null,
      row.personId ? this.directory.person(row.personId) : null,
    ])
    return { account: toDcAccount(row), village, person }
  }

  private async create(actor: Actor, a: NewAccount): Promise<string> {
    const { row, created } = await this.accounts.insert(a)
    if (created) {
      await this.audit.record(actor, 'create', row.id, {
        before: null,
        after: { role: row.role, phone: row.phone ? maskPhone(row.phone) : null, personId: row.personId },
      })
    }
    return row.id
  }
}
