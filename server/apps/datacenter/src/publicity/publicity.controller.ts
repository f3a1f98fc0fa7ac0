import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type DcInput,
  type PublicityArticle,
  type PublicityList,
  type PublicitySummary,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { PublicityService } from './publicity.service.js'

@Controller()
export class PublicityController {
  constructor(private readonly service: PublicityService) {}

  @Route(dcRoutes.publicityList)
  list(@Input() { query }: DcInput<'publicityList'>): Promise<PublicityList> {
    return this.service.list(query.topic)
  }

  @Route(dcRoutes.publicityFeatured)
  featured(): Promise<PublicitySummary> {
    return this.service.featured()
  }

  @Route(dcRoutes.publicityArticle)
  article(@Input() { params }: DcInput<'publicityArticle'>): Promise<PublicityArticle> {
    return this.service.article(params.id)
  }

  @Route(dcRoutes.putPublicityArticle)
  put(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'putPublicityArticle'>,
  ): Promise<PublicityArticle> {
    return this.service.put(actor, params.id, body)
  }
}
