import { Controller, Req } from '@nestjs/common'
import { appRoutes, type AppInput, type RequestList, type RequestProgress } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { CurrentUser, type AuthUser } from '../common/auth-user.js'
import { RateLimit } from '../common/rate-limit.guard.js'
import { RequestsService } from './requests.service.js'

@Controller()
export class RequestsController {
  constructor(private readonly service: RequestsService) {}

  @Route(appRoutes.myRequests)
  mine(@CurrentUser() user: AuthUser): Promise<RequestList> {
    return this.service.mine(user)
  }

  /** Numbers are guessable in part: the pair (number, phone digits) is limited per client. */
  @Route(appRoutes.requestProgress)
  @RateLimit({ name: 'request-progress', limit: (c) => c.PROGRESS_QUERIES_PER_IP_PER_HOUR, windowSeconds: 3600 })
  progress(
    @Input() { params, query }: AppInput<'requestProgress'>,
    @Req() req: FastifyRequest,
  ): Promise<RequestProgress> {
    return this.service.progress(params.number, query.phoneLast4, String(req.id))
  }
}
