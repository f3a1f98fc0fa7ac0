import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common'
import { holdsUserText, userTextsOf } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { from, switchMap, type Observable } from 'rxjs'
import { routeOf } from '#common'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { ContentSafety } from './content-safety.js'

/**
 * Every HTTP route whose body carries text for others (fields marked `userText` in the contract)
 * has it screened before the handler runs: one place, so no route can forget it. A body that does
 * not parse is left to the route's own validation, which refuses it.
 */
@Injectable()
export class ContentCheckInterceptor implements NestInterceptor {
  constructor(private readonly safety: ContentSafety) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = routeOf(ctx.getHandler())
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>()
    // Most bodies hold no text for others: only those that can are parsed a second time here.
    if (!spec?.body || !req.user || !holdsUserText(spec.body)) return next.handle()
    const parsed = spec.body.safeParse(req.body ?? {})
    const texts = parsed.success ? userTextsOf(spec.body, parsed.data) : []
    if (texts.length === 0) return next.handle()
    const user = req.user
    return from(this.safety.screen(actorOf(user), user.accountId, texts)).pipe(switchMap(() => next.handle()))
  }
}
