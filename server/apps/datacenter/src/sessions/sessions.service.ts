import { Injectable } from '@nestjs/common'
import type { DcRevokedSession, DcRevokedSessions, DcRotateSessionRequest, DcSession } from '@pocket/contract'
import { AppError } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import type { Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { SessionsRepository } from './sessions.repository.js'

const SESSION_ACTIONS = ['create', 'rotate', 'revoke'] as const

/** Refresh-token families: rotate on every use; a reused token revokes its family. */
@Injectable()
export class SessionsService {
  private readonly audit

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('session', SESSION_ACTIONS)
  }

  create(actor: Actor, accountId: string, tokenHash: string, ttlSeconds: number): Promise<DcSession> {
    return this.tx.run(async () => {
      const sessionId = await this.sessions.create(accountId, tokenHash, new Date(Date.now() + ttlSeconds * 1000))
      await this.audit.record(actor, 'create', sessionId, {
        before: null,
        after: { accountId },
      })
      return { sessionId, accountId }
    })
  }

  async rotate(actor: Actor, req: DcRotateSessionRequest): Promise<DcSession> {
    const { tokenHash, newTokenHash, ttlSeconds } = req
    const rotated = await this.tx.run(async () => {
      const row = await this.sessions.rotate(tokenHash, newTokenHash, new Date(Date.now() + ttlSeconds * 1000))
      if (row) {
        await this.audit.record(actor, 'rotate', row.id, {
          before: null,
          after: { accountId: row.accountId },
        })
      }
      return row
    })
    if (rotated) return { sessionId: rotated.id, accountId: rotated.accountId }
    const again = await this.sessions.rotatedWithin(tokenHash, newTokenHash, req.graceSeconds)
    if (again) return { sessionId: again.id, accountId: again.accountId }
    const stolenFrom = await this.sessions.spentBy(tokenHash)
    if (stolenFrom) {
      await this.revokeById(actor, stolenFrom, 'refresh_token_reused')
      throw new AppError('REFRESH_REUSED', { key: 'auth.refreshReused' }, { sessionId: stolenFrom })
    }
    throw new AppError('REFRESH_INVALID', { key: 'auth.refreshInvalid' })
  }

  async revoke(actor: Actor, tokenHash: string): Promise<DcRevokedSession> {
    const session = await this.sessions.byTokenHash(tokenHash)
    if (!session) return { sessionId: null }
    await this.revokeById(actor, session.id, 'logout')
    return { sessionId: session.id }
  }

  async revokedWithin(seconds: number): Promise<DcRevokedSessions> {
    return { sessionIds: await this.sessions.revokedSince(new Date(Date.now() - seconds * 1000)) }
  }

  private async revokeById(actor: Actor, id: string, reason: string): Promise<void> {
    await this.tx.run(async () => {
      if (await this.sessions.revoke(id, reason)) {
        await this.audit.record(actor, 'revoke', id, {
          before: { revoked: false },
          after: { revoked: true, reason },
        })
      }
    })
  }
}
