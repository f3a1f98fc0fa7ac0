import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type Rating, type RatingSummary } from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { RatingsService } from './ratings.service.js'

@Controller()
export class RatingsController {
  constructor(private readonly service: RatingsService) {}

  @Route(dcRoutes.rate)
  rate(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'rate'>): Promise<Rating> {
    return this.service.rate(actor, body)
  }

  @Route(dcRoutes.institutionRating)
  summary(@Input() { params }: DcInput<'institutionRating'>): Promise<RatingSummary> {
    return this.service.summary(params.id)
  }
}
