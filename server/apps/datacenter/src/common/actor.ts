import { createParamDecorator, type ExecutionContext } from '@nestjs/common'
import type { Role } from '@pocket/contract'
import { AppError } from '#common'

/** Who a request acts for, taken from its signed headers. */
export interface Actor {
  /** `account:<id>` or `system:<component>` */
  id: string
  role: Role | 'system'
  requestId: string | null
}

export function accountIdOf(actor: Actor): string | null {
  return actor.id.startsWith('account:') ? actor.id.slice('account:'.length) : null
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor
})

/** Only the account itself may act on its record. */
export function assertSelf(actor: Actor, accountId: string): void {
  if (accountIdOf(actor) !== accountId) throw new AppError('FORBIDDEN', { key: 'request.forbidden' })
}

/** Only the BFF acting as the system (lists that span accounts). */
export function assertSystem(actor: Actor): void {
  if (actor.role !== 'system') throw new AppError('FORBIDDEN', { key: 'request.forbidden' })
}

/** The account itself, or the BFF acting as the system (sign-in, token refresh). */
export function assertSelfOrSystem(actor: Actor, accountId: string): void {
  if (actor.role !== 'system') assertSelf(actor, accountId)
}
