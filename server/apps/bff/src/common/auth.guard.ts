import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import type { Role } from '@pocket/contract'
import { AppError, routeOf } from '#common'
import { RevokedSessions } from '../auth/revoked-sessions.js'
import { TokensService } from '../auth/tokens.service.js'
import { PUBLIC_ROUTE, ROLES, type AuthedRequest } from './auth-user.js'

/**
 * A bearer access token on every route, except those the contract marks `auth: false` and the
 * @Public() ones outside it (health, docs); @Roles() narrows further.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly revoked: RevokedSessions,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()]
    if (routeOf(ctx.getHandler())?.auth === false) return true
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true
    const req = ctx.switchToHttp().getRequest<AuthedRequest>()
    const header = req.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : ''
    if (!token) throw new AppError('UNAUTHENTICATED', { key: 'request.signIn' })
    const claims = await this.tokens.verify(token, 'access')
    this.revoked.assertLive(claims.sessionId)
    req.user = { ...claims, requestId: String(req.id) }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets)
    if (roles && !roles.includes(claims.role)) throw new AppError('FORBIDDEN', { key: 'auth.roleForbidden' })
    return true
  }
}
