import { Controller, Req } from '@nestjs/common'
import { appRoutes, type AppInput, type Rating, type RatingSummary } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { RatingsService } from './ratings.service.js'

@Controller()
export class RatingsController {
  constructor(private readonly service: RatingsService) {}

  @Route(appRoutes.rate)
  @Roles('resident')
  rate(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'rate'>): Promise<Rating> {
    return this.service.rate(user, body)
  }

  @Route(appRoutes.institutionRating)
  summary(@Input() { params }: AppInput<'institutionRating'>, @Req() req: FastifyRequest): Promise<RatingSummary> {
    return this.service.summary(params.id, String(req.id))
  }
}
