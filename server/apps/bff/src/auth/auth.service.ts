import { randomInt } from 'node:crypto'
import { Inject, Injectable, Logger } from '@nestjs/common'
import {
  dcRoutes,
  type DcAccountView,
  type AuthSession,
  type SmsSendResponse,
  type WechatLoginRequest,
  type WsTicket,
} from '@pocket/contract'
import { AppError, sha256Hex, describeError } from '#common'
import { smsCodeHash } from './sms-code.js'
import type { AuthUser } from '../common/auth-user.js'
import { BFF_CONFIG, type BffConfig } from '../config.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { SMS_DRIVER, type SmsDriver } from '../drivers/sms.driver.js'
import { WechatDriver } from '../drivers/wechat.driver.js'
import { toMe } from '../me/me.mapper.js'
import { RevokedSessions } from './revoked-sessions.js'
import { SingleUse } from './single-use.js'
import { TokensService } from './tokens.service.js'

const WS_TICKET_TTL = 60

@Injectable()
export class AuthService {
  private readonly logger = new Logger('auth')

  constructor(
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
    @Inject(SMS_DRIVER) private readonly sms: SmsDriver,
    private readonly dc: DataCenterClient,
    private readonly tokens: TokensService,
    private readonly wechat: WechatDriver,
    private readonly revoked: RevokedSessions,
    private readonly singleUse: SingleUse,
  ) {}

  async sendSmsCode(phone: string, requestId: string): Promise<SmsSendResponse> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const ttl = this.config.SMS_CODE_TTL
    const hash = this.codeHash(phone, code)
    const res = await this.dc.call(dcRoutes.smsChallenge, {
      actor: systemActor(requestId),
      body: { phone, codeHash: hash, ttlSeconds: ttl },
    })
    try {
      await this.sms.sendLoginCode(phone, code, Math.round(ttl / 60))
    } catch (err) {
      this.logger.error({ msg: 'SMS send failed', error: describeError(err) })
      // Nothing reached the phone: the code must not work, nor count against the phone.
      await this.dc
        .call(dcRoutes.smsUndelivered, { actor: systemActor(requestId), body: { phone, codeHash: hash } })
        .catch((e: unknown) => this.logger.warn({ msg: 'could not mark an SMS code undelivered', error: String(e) }))
      throw new AppError('UPSTREAM_UNAVAILABLE', { key: 'sms.sendFailed' })
    }
    return { resendAfter: res.resendAfter, expiresIn: res.expiresIn }
  }

  async verifySmsCode(phone: string, code: string, requestId: string): Promise<AuthSession> {
    const view = await this.dc.call(dcRoutes.smsVerify, {
      actor: systemActor(requestId),
      body: { phone, codeHash: this.codeHash(phone, code) },
    })
    return this.startSession(view, requestId)
  }

  async signInWithWechat(req: WechatLoginRequest, requestId: string): Promise<AuthSession> {
    // Both single-use codes are spent together: one round trip to WeChat, not two in a row.
    const identity =
      'code' in req
        ? await Promise.all([
            this.wechat.code2Session(req.code),
            req.phoneCode ? this.wechat.phoneNumber(req.phoneCode) : undefined,
          ]).then(([id, phone]) => ({ ...id, phone }))
        : await this.spendCloudTicket(req.ticket)
    const view = await this.dc.call(dcRoutes.wechatAccount, {
      actor: systemActor(requestId),
      body: identity,
    })
    return this.startSession(view, requestId)
  }

  private codeHash(phone: string, code: string): string {
    return smsCodeHash(this.config.JWT_SECRET, phone, code)
  }

  /** A cloud-function ticket signs in once; its HMAC names it. */
  private async spendCloudTicket(ticket: string) {
    const identity = this.wechat.verifyCloudTicket(ticket)
    if (!(await this.singleUse.claim('cloud-ticket', sha256Hex(ticket), identity.expiresIn))) {
      throw new AppError('WECHAT_LOGIN_FAILED', { key: 'wechat.ticketUsed' })
    }
    return identity.who
  }

  async refresh(refreshToken: string, requestId: string): Promise<AuthSession> {
    const next = this.tokens.successorOf(refreshToken)
    const session = await this.dc
      .call(dcRoutes.rotateSession, {
        actor: systemActor(requestId),
        body: {
          tokenHash: sha256Hex(refreshToken),
          newTokenHash: next.hash,
          ttlSeconds: this.config.REFRESH_TOKEN_TTL,
          graceSeconds: this.config.REFRESH_GRACE_SECONDS,
        },
      })
      .catch(async (err: unknown) => {
        // A stolen token was replayed: the data center revoked the family; end its access tokens and sockets too.
        const sessionId = err instanceof AppError ? err.details?.sessionId : undefined
        if (err instanceof AppError && err.code === 'REFRESH_REUSED' && typeof sessionId === 'string') {
          await this.revoked.revoke(sessionId)
          throw new AppError('REFRESH_REUSED', err.notice ?? err.message)
        }
        throw err
      })
    const view = await this.dc.call(dcRoutes.account, {
      actor: systemActor(requestId),
      params: { id: session.accountId },
    })
    return this.issue(view, session.sessionId, next.token)
  }

  async logout(refreshToken: string, requestId: string): Promise<void> {
    const { sessionId } = await this.dc.call(dcRoutes.revokeSession, {
      actor: systemActor(requestId),
      body: { tokenHash: sha256Hex(refreshToken) },
    })
    if (sessionId) await this.revoked.revoke(sessionId)
  }

  async wsTicket(user: AuthUser): Promise<WsTicket> {
    const ticket = await this.tokens.sign(user, 'ws', WS_TICKET_TTL)
    return { ticket, expiresIn: WS_TICKET_TTL }
  }

  private async startSession(view: DcAccountView, requestId: string): Promise<AuthSession> {
    const refresh = this.tokens.newRefreshToken()
    const session = await this.dc.call(dcRoutes.createSession, {
      actor: systemActor(requestId),
      body: { accountId: view.account.id, tokenHash: refresh.hash, ttlSeconds: this.config.REFRESH_TOKEN_TTL },
    })
    return this.issue(view, session.sessionId, refresh.token)
  }

  private async issue(view: DcAccountView, sessionId: string, refreshToken: string): Promise<AuthSession> {
    const accessToken = await this.tokens.sign(
      { accountId: view.account.id, role: view.account.role, sessionId },
      'access',
    )
    return {
      accessToken,
      expiresIn: this.tokens.accessTtl,
      refreshToken,
      role: view.account.role,
      me: toMe(view),
    }
  }
}
