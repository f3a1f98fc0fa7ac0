import { Controller, Req } from '@nestjs/common'
import {
  appRoutes,
  type AppInput,
  type PublicityArticle,
  type PublicityList,
  type PublicitySummary,
} from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { PublicityService } from './publicity.service.js'

@Controller()
export class PublicityController {
  constructor(private readonly service: PublicityService) {}

  @Route(appRoutes.publicityList)
  list(@Input() { query }: AppInput<'publicityList'>, @Req() req: FastifyRequest): Promise<PublicityList> {
    return this.service.list(query.topic, String(req.id))
  }

  @Route(appRoutes.publicityFeatured)
  featured(@Req() req: FastifyRequest): Promise<PublicitySummary> {
    return this.service.featured(String(req.id))
  }

  @Route(appRoutes.publicityArticle)
  article(@Input() { params }: AppInput<'publicityArticle'>, @Req() req: FastifyRequest): Promise<PublicityArticle> {
    return this.service.article(params.id, String(req.id))
  }
}
