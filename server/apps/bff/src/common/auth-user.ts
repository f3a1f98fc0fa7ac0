import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common'
import type { Role } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { accountActor, type DcActor } from '../datacenter/datacenter.client.js'

export interface AuthUser {
  accountId: string
  role: Role
  sessionId: string
  requestId: string
}

export type AuthedRequest = FastifyRequest & { user?: AuthUser }

export const PUBLIC_ROUTE = 'public-route'
/** The route needs no sign-in. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true)

export const ROLES = 'roles'
/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles)

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthedRequest>().user
  if (!user) throw new Error('CurrentUser used on a public route')
  return user
})

export function actorOf(user: AuthUser): DcActor {
  return accountActor(user.accountId, user.role, user.requestId)
}
