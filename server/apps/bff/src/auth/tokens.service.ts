import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { Inject, Injectable } from '@nestjs/common'
import { Role } from '@pocket/contract'
import { errors, jwtVerify, SignJWT } from 'jose'
import { AppError, sha256Hex } from '#common'
import { BFF_CONFIG, type BffConfig } from '../config.js'

export interface AccessClaims {
  accountId: string
  role: Role
  sessionId: string
}

type TokenUse = 'access' | 'ws'

/** Longer than any token we issue; anything bigger is refused before it is parsed. */
const MAX_TOKEN_LENGTH = 2048

/** Short-lived JWTs (access, WebSocket ticket) and opaque refresh tokens. */
@Injectable()
export class TokensService {
  private readonly key: Uint8Array

  constructor(@Inject(BFF_CONFIG) private readonly config: BffConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET)
  }

  get accessTtl(): number {
    return this.config.ACCESS_TOKEN_TTL
  }

  sign(claims: AccessClaims, use: TokenUse, ttlSeconds = this.config.ACCESS_TOKEN_TTL): Promise<string> {
    return new SignJWT({ role: claims.role, sid: claims.sessionId, use })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.accountId)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.key)
  }

  async verify(token: string, use: TokenUse): Promise<AccessClaims> {
    return (await this.verifyWithId(token, use)).claims
  }

  /** A WebSocket ticket, with its id and lifetime left, so it can be spent once (SingleUse). */
  async verifyTicket(ticket: string): Promise<{ claims: AccessClaims; id: string; ttlSeconds: number }> {
    return this.verifyWithId(ticket, 'ws')
  }

  private async verifyWithId(token: string, use: TokenUse) {
    if (token.length > MAX_TOKEN_LENGTH) throw new AppError('UNAUTHENTICATED', { key: 'auth.tokenInvalid' })
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        // A token without an expiry would work for ever: none of ours lacks one.
        requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      })
      const role = Role.safeParse(payload.role)
      if (payload.use !== use || !payload.sub || typeof payload.sid !== 'string' || !role.success) {
        throw new AppError('UNAUTHENTICATED', { key: 'auth.tokenInvalid' })
      }
      return {
        claims: { accountId: payload.sub, role: role.data, sessionId: payload.sid },
        id: String(payload.jti),
        ttlSeconds: Number(payload.exp) - Math.floor(Date.now() / 1000),
      }
    } catch (err) {
      if (err instanceof AppError) throw err
      if (err instanceof errors.JWTExpired) throw new AppError('TOKEN_EXPIRED', { key: 'auth.tokenExpired' })
      throw new AppError('UNAUTHENTICATED', { key: 'auth.tokenInvalid' })
    }
  }

  /** A refresh token is `<random>`; only its hash leaves the BFF. */
  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url')
    return { token, hash: sha256Hex(token) }
  }

  /**
   * The token that replaces `spent`: derived from it with the server's key, so a refresh asked
   * again (its reply was lost, or two pages asked at once) names the same successor and gets
   * the same answer, while nobody without the key can predict it.
   */
  successorOf(spent: string): { token: string; hash: string } {
    const token = createHmac('sha256', this.config.JWT_SECRET).update(`refresh-successor:${spent}`).digest('base64url')
    return { token, hash: sha256Hex(token) }
  }
}
