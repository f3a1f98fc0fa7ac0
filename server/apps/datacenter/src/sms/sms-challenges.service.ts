import { Injectable } from '@nestjs/common'
import type { DcAccountView, DcSmsChallengeRequest, DcSmsChallengeResponse, NoticeOf } from '@pocket/contract'
import { AppError, maskPhone } from '#common'
import { AccountsService } from '../accounts/accounts.service.js'
import { AuditTrail } from '../audit/audit-trail.js'
import type { Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { resendDelaySeconds, SMS_POLICY } from './resend-policy.js'
import { SmsChallengesRepository } from './sms.repository.js'

const SMS_ACTIONS = ['create', 'fail', 'consume', 'undelivered'] as const

/** SMS sign-in codes: how often one may be sent, how often one may be guessed, and whose account it opens. */
@Injectable()
export class SmsChallengesService {
  private readonly audit

  constructor(
    private readonly challenges: SmsChallengesRepository,
    private readonly accounts: AccountsService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('sms_challenge', SMS_ACTIONS)
  }

  async create(actor: Actor, req: DcSmsChallengeRequest): Promise<DcSmsChallengeResponse> {
    return this.tx.run(async () => {
      const now = Date.now()
      // Only codes that reached the phone count: a provider failure costs the owner nothing.
      const latest = await this.challenges.latest(req.phone, { delivered: true })
      const before = await this.challenges.countDeliveredSince(req.phone, new Date(now - 86_400_000))
      const waited = latest ? (now - latest.createdAt.getTime()) / 1000 : Infinity
      const wait = resendDelaySeconds(before)
      if (waited < wait) {
        const resendAfter = Math.ceil(wait - waited)
        const message: NoticeOf =
          resendAfter > 90
            ? { key: 'sms.waitMinutes', params: { minutes: Math.ceil(resendAfter / 60) } }
            : { key: 'sms.waitSeconds', params: { seconds: resendAfter } }
        throw new AppError('SMS_SEND_TOO_OFTEN', message, { resendAfter })
      }
      const id = await this.challenges.insert(req.phone, req.codeHash, new Date(now + req.ttlSeconds * 1000))
      await this.audit.record(actor, 'create', String(id), {
        before: null,
        after: { phone: maskPhone(req.phone), ttlSeconds: req.ttlSeconds },
      })
      return { expiresIn: req.ttlSeconds, resendAfter: resendDelaySeconds(before + 1) }
    })
  }

  /** The provider did not deliver this code: it cannot be used, and it does not count against the phone. */
  async undelivered(actor: Actor, phone: string, codeHash: string): Promise<void> {
    await this.tx.run(async () => {
      const id = await this.challenges.markUndelivered(phone, codeHash)
      if (id !== null) {
        await this.audit.record(actor, 'undelivered', String(id), { before: null, after: { undelivered: true } })
      }
    })
  }

  /** Signs in by the code sent to `phone`: the code is spent, and the phone's account opened (made on first use). */
  async verify(actor: Actor, phone: string, codeHash: string): Promise<DcAccountView> {
    const challenge = await this.check(actor, phone, codeHash)
    const accountId = await this.tx.run(async () => {
      await this.spend(actor, challenge)
      return this.accounts.ofPhone(actor, phone)
    })
    return this.accounts.view(accountId)
  }

  /**
   * The person holds `phone`: the code sent to it is right, and is spent. For a phone given beside
   * the account's own (a callback to another number); signs nobody in.
   */
  async confirm(actor: Actor, phone: string, codeHash: string): Promise<void> {
    const challenge = await this.check(actor, phone, codeHash)
    await this.tx.run(() => this.spend(actor, challenge))
  }

  /** The latest live code of the phone, if `codeHash` is it; a wrong guess is counted (five per code). */
  private async check(actor: Actor, phone: string, codeHash: string): Promise<{ id: number }> {
    const challenge = await this.challenges.latest(phone)
    if (!challenge || challenge.consumedAt || challenge.undeliveredAt) {
      throw new AppError('SMS_CODE_INVALID', { key: 'sms.noCode' })
    }
    if (challenge.expiresAt.getTime() <= Date.now()) {
      throw new AppError('SMS_CODE_EXPIRED', { key: 'sms.expired' })
    }
    const attempts = await this.challenges.takeAttempt(challenge.id, SMS_POLICY.maxAttempts)
    if (attempts === null) throw new AppError('SMS_CODE_LOCKED', { key: 'sms.locked' })
    if (challenge.codeHash !== codeHash) {
      await this.tx.run(() =>
        this.audit.record(actor, 'fail', String(challenge.id), {
          before: { attempts: attempts - 1 },
          after: { attempts },
        }),
      )
      const left = SMS_POLICY.maxAttempts - attempts
      if (left <= 0) {
        throw new AppError('SMS_CODE_LOCKED', { key: 'sms.locked' }, { attemptsLeft: 0 })
      }
      throw new AppError('SMS_CODE_INVALID', { key: 'sms.wrong', params: { left } }, { attemptsLeft: left })
    }
    return challenge
  }

  /** Spends a code once, in the transaction that uses it. */
  private async spend(actor: Actor, challenge: { id: number }): Promise<void> {
    if (!(await this.challenges.consume(challenge.id))) {
      throw new AppError('SMS_CODE_INVALID', { key: 'sms.used' })
    }
    await this.audit.record(actor, 'consume', String(challenge.id), {
      before: { consumed: false },
      after: { consumed: true },
    })
  }
}
