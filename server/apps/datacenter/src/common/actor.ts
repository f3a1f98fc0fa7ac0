import { createParamDecorator, type ExecutionContext } from '@nestjs/common'
import type { Role } from '@pocket/contract'

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
