import { Injectable } from '@nestjs/common'
import type {
  DcAccountView,
  DcSmsChallengeRequest,
  DcSmsChallengeResponse,
  DcWechatAccountRequest,
  DcWorkbench,
  Role,
} from '@pocket/contract'
import { AppError } from '../../../../libs/common/src/index.js'
import { AuditRepository } from '../audit/audit.repository.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import type { Tx } from '../db/database.js'
import { DirectoryRepository } from '../directory/directory.repository.js'
import { RegionsService } from '../regions/regions.service.js'
import { AccountsRepository, toDcAccount, type NewAccount } from './accounts.repository.js'

/** Sign-in rules that hold for every channel. */
export const SMS_POLICY = {
  resendAfterSeconds: 60,
  perPhonePerDay: 10,
  maxAttempts: 5,
} as const

function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`
}

/** Who a phone belongs to: a seeded adviser or staff member, or else a resident. */
function identityOfPhone(
  phone: string,
  person: { id: string; kind: string; name: string } | null,
): { role: Role; personId: string | null; displayName: string } {
  const role: Role = person?.kind === 'adviser' ? 'adviser' : person?.kind === 'staff' ? 'staff' : 'resident'
  return {
    role,
    personId: role === 'resident' ? null : (person?.id ?? null),
    displayName: role === 'resident' ? `居民${phone.slice(7)}` : (person?.name ?? ''),
  }
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryRepository,
    private readonly regions: RegionsService,
    private readonly audit: AuditRepository,
  ) {}

  async createSmsChallenge(actor: Actor, req: DcSmsChallengeRequest): Promise<DcSmsChallengeResponse> {
    return this.accounts.db.transaction(async (tx) => {
      const now = Date.now()
      const latest = await this.accounts.latestChallenge(req.phone, tx)
      const waited = latest ? (now - latest.createdAt.getTime()) / 1000 : Infinity
      if (waited < SMS_POLICY.resendAfterSeconds) {
        const resendAfter = Math.ceil(SMS_POLICY.resendAfterSeconds - waited)
        throw new AppError('SMS_SEND_TOO_OFTEN', `请${resendAfter}秒后再获取验证码`, { resendAfter })
      }
      const today = await this.accounts.challengesSince(req.phone, new Date(now - 86_400_000), tx)
      if (today >= SMS_POLICY.perPhonePerDay) {
        throw new AppError('SMS_SEND_TOO_OFTEN', '该号码今日获取验证码次数过多，请明天再试')
      }
      const id = await this.accounts.insertChallenge(tx, req.phone, req.codeHash, new Date(now + req.ttlSeconds * 1000))
      await this.audit.record(tx, actor, {
        action: 'sms_challenge.create',
        entity: 'sms_challenge',
        entityId: String(id),
        before: null,
        after: { phone: maskPhone(req.phone), ttlSeconds: req.ttlSeconds },
      })
      return { expiresIn: req.ttlSeconds, resendAfter: SMS_POLICY.resendAfterSeconds }
    })
  }

  async verifySms(actor: Actor, phone: string, codeHash: string): Promise<DcAccountView> {
    const challenge = await this.accounts.latestChallenge(phone)
    if (!challenge || challenge.consumedAt) throw new AppError('SMS_CODE_INVALID', '请先获取验证码')
    if (challenge.expiresAt.getTime() <= Date.now()) {
      throw new AppError('SMS_CODE_EXPIRED', '验证码已过期，请重新获取')
    }
    const attempts = await this.accounts.takeAttempt(challenge.id, SMS_POLICY.maxAttempts)
    if (attempts === null) throw new AppError('SMS_CODE_LOCKED', '错误次数过多，验证码已失效，请重新获取')
    if (challenge.codeHash !== codeHash) {
      await this.accounts.db.transaction((tx) =>
        this.audit.record(tx, actor, {
          action: 'sms_challenge.fail',
          entity: 'sms_challenge',
          entityId: String(challenge.id),
          before: { attempts: attempts - 1 },
          after: { attempts },
        }),
      )
      const left = SMS_POLICY.maxAttempts - attempts
      if (left <= 0) {
        throw new AppError('SMS_CODE_LOCKED', '错误次数过多，验证码已失效，请重新获取', { attemptsLeft: 0 })
      }
      throw new AppError('SMS_CODE_INVALID', `验证码不正确，还可以再试${left}次`, { attemptsLeft: left })
    }
    const person = await this.directory.personByPhone(phone)
    const accountId = await this.accounts.db.transaction(async (tx) => {
      if (!(await this.accounts.consume(tx, challenge.id))) {
        throw new AppError('SMS_CODE_INVALID', '验证码已使用，请重新获取')
      }
      await this.audit.record(tx, actor, {
        action: 'sms_challenge.consume',
        entity: 'sms_challenge',
        entityId: String(challenge.id),
        before: { consumed: false },
        after: { consumed: true },
      })
      const existing = await this.accounts.byPhone(phone, tx)
      if (existing) return existing.id
      return this.create(tx, actor, { phone, ...identityOfPhone(phone, person) })
    })
    return this.view(accountId)
  }

  async wechat(actor: Actor, req: DcWechatAccountRequest): Promise<DcAccountView> {
    if (req.phone) return this.wechatWithPhone(actor, req, req.phone)
    const existing = await this.accounts.byOpenid(req.appId, req.openid)
    if (existing) return this.view(existing.id)
    const id = await this.accounts.db.transaction((tx) =>
      this.create(tx, actor, {
        role: 'resident',
        wechatAppId: req.appId,
        openid: req.openid,
        unionid: req.unionid,
        displayName: '微信用户',
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
    const id = await this.accounts.db.transaction(async (tx) => {
      const byOpenid = await this.accounts.byOpenid(req.appId, req.openid, tx)
      const byPhone = await this.accounts.byPhone(phone, tx)
      if (byOpenid && byPhone && byOpenid.id === byPhone.id) return byOpenid.id
      if (byOpenid?.phone) {
        throw new AppError('CONFLICT', `该微信已绑定手机号${maskPhone(byOpenid.phone)}，请用该号码登录`)
      }
      if (byPhone?.openid) throw new AppError('CONFLICT', '该手机号已绑定其他微信，请使用短信验证码登录')
      const wechat = { wechatAppId: req.appId, openid: req.openid, unionid: req.unionid }
      if (byPhone) {
        // The phone's account (say, an SMS sign-in) takes the openid; a WeChat-only account gives it up.
        if (byOpenid) {
          await this.accounts.update(tx, byOpenid.id, { wechatAppId: null, openid: null, unionid: null })
          await this.audit.record(tx, actor, {
            action: 'account.merge',
            entity: 'account',
            entityId: byPhone.id,
            before: { from: byOpenid.id, villageCode: byPhone.villageCode },
            after: { into: byPhone.id, villageCode: byPhone.villageCode ?? byOpenid.villageCode },
          })
        }
        await this.accounts.update(tx, byPhone.id, {
          ...wechat,
          villageCode: byPhone.villageCode ?? byOpenid?.villageCode ?? null,
        })
        await this.audit.record(tx, actor, {
          action: 'account.bind_wechat',
          entity: 'account',
          entityId: byPhone.id,
          before: { openid: false },
          after: { openid: true },
        })
        return byPhone.id
      }
      if (byOpenid) {
        const identity = identityOfPhone(phone, person)
        await this.accounts.update(tx, byOpenid.id, { phone, ...identity })
        await this.audit.record(tx, actor, {
          action: 'account.bind_phone',
          entity: 'account',
          entityId: byOpenid.id,
          before: { phone: null, role: byOpenid.role },
          after: { phone: maskPhone(phone), role: identity.role },
        })
        return byOpenid.id
      }
      return this.create(tx, actor, { phone, ...wechat, ...identityOfPhone(phone, person) })
    })
    return this.view(id)
  }

  async get(actor: Actor, id: string): Promise<DcAccountView> {
    this.assertSelfOrSystem(actor, id)
    return this.view(id)
  }

  async setVillage(actor: Actor, id: string, villageCode: string): Promise<DcAccountView> {
    this.assertSelf(actor, id)
    await this.regions.village(villageCode)
    await this.accounts.db.transaction(async (tx) => {
      const before = await this.accounts.byId(id, tx)
      if (!before) throw new AppError('NOT_FOUND', '找不到该账户')
      const after = await this.accounts.update(tx, id, { villageCode })
      await this.audit.record(tx, actor, {
        action: 'account.set_village',
        entity: 'account',
        entityId: id,
        before: { villageCode: before.villageCode },
        after: { villageCode: after.villageCode },
      })
    })
    return this.view(id)
  }

  async workbench(actor: Actor, id: string): Promise<DcWorkbench> {
    this.assertSelf(actor, id)
    const account = await this.accounts.byId(id)
    if (!account?.personId || account.role === 'resident')
      throw new AppError('FORBIDDEN', '仅法律顾问和工作人员可以使用工作台')
    const person = await this.directory.person(account.personId)
    if (!person) throw new AppError('NOT_FOUND', '找不到该人员')
    const villages = account.role === 'adviser' ? await this.regions.villagesOf(person.id) : []
    return { person, villages }
  }

  private async create(tx: Tx, actor: Actor, a: NewAccount): Promise<string> {
    const { row, created } = await this.accounts.insert(tx, a)
    if (created) {
      await this.audit.record(tx, actor, {
        action: 'account.create',
        entity: 'account',
        entityId: row.id,
        before: null,
        after: { role: row.role, phone: row.phone ? maskPhone(row.phone) : null, personId: row.personId },
      })
    }
    return row.id
  }

  private async view(id: string): Promise<DcAccountView> {
    const row = await this.accounts.byId(id)
    if (!row) throw new AppError('NOT_FOUND', '找不到该账户')
    const [village, person] = await Promise.all([
      row.villageCode ? this.regions.path(row.villageCode) : null,
      row.personId ? this.directory.person(row.personId) : null,
    ])
    return { account: toDcAccount(row), village, person }
  }

  private assertSelf(actor: Actor, id: string): void {
    if (accountIdOf(actor) !== id) throw new AppError('FORBIDDEN', '没有权限')
  }

  private assertSelfOrSystem(actor: Actor, id: string): void {
    if (actor.role !== 'system') this.assertSelf(actor, id)
  }
}
