import { createHmac, randomBytes } from 'node:crypto'
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
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.key)
  }

  async verify(token: string, use: TokenUse): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] })
      const role = Role.safeParse(payload.role)
      if (payload.use !== use || !payload.sub || typeof payload.sid !== 'string' || !role.success) {
        throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录')
      }
      return { accountId: payload.sub, role: role.data, sessionId: payload.sid }
    } catch (err) {
      if (err instanceof AppError) throw err
      if (err instanceof errors.JWTExpired) throw new AppError('TOKEN_EXPIRED', '登录已过期')
      throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录')
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
