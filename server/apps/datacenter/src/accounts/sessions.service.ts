import { Injectable } from '@nestjs/common'
import type { DcRevokedSession, DcSession } from '@pocket/contract'
import { AppError } from '../../../../libs/common/src/index.js'
import { AuditRepository } from '../audit/audit.repository.js'
import type { Actor } from '../common/actor.js'
import { SessionsRepository } from './sessions.repository.js'

/** Refresh-token families: rotate on every use; a reused token revokes its family. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditRepository,
  ) {}

  create(actor: Actor, accountId: string, tokenHash: string, ttlSeconds: number): Promise<DcSession> {
    return this.sessions.db.transaction(async (tx) => {
      const sessionId = await this.sessions.create(tx, accountId, tokenHash, new Date(Date.now() + ttlSeconds * 1000))
      await this.audit.record(tx, actor, {
        action: 'session.create',
        entity: 'session',
        entityId: sessionId,
        before: null,
        after: { accountId },
      })
      return { sessionId, accountId }
    })
  }

  async rotate(actor: Actor, tokenHash: string, newTokenHash: string, ttlSeconds: number): Promise<DcSession> {
    const rotated = await this.sessions.db.transaction(async (tx) => {
      const row = await this.sessions.rotate(tx, tokenHash, newTokenHash, new Date(Date.now() + ttlSeconds * 1000))
      if (row) {
        await this.audit.record(tx, actor, {
          action: 'session.rotate',
          entity: 'session',
          entityId: row.id,
          before: null,
          after: { accountId: row.accountId },
        })
      }
      return row
    })
    if (rotated) return { sessionId: rotated.id, accountId: rotated.accountId }
    const stolenFrom = await this.sessions.spentBy(tokenHash)
    if (stolenFrom) {
      await this.revokeById(actor, stolenFrom, 'refresh_token_reused')
      throw new AppError('REFRESH_REUSED', '登录状态异常，请重新登录', { sessionId: stolenFrom })
    }
    throw new AppError('REFRESH_INVALID', '登录已过期，请重新登录')
  }

  async revoke(actor: Actor, tokenHash: string): Promise<DcRevokedSession> {
    const session = await this.sessions.byTokenHash(tokenHash)
    if (!session) return { sessionId: null }
    await this.revokeById(actor, session.id, 'logout')
    return { sessionId: session.id }
  }

  async isLive(id: string): Promise<boolean> {
    const s = await this.sessions.byId(id)
    return !!s && !s.revokedAt && s.expiresAt.getTime() > Date.now()
  }

  private async revokeById(actor: Actor, id: string, reason: string): Promise<void> {
    await this.sessions.db.transaction(async (tx) => {
      if (await this.sessions.revoke(tx, id, reason)) {
        await this.audit.record(tx, actor, {
          action: 'session.revoke',
          entity: 'session',
          entityId: id,
          before: { revoked: false },
          after: { revoked: true, reason },
        })
      }
    })
  }
}
