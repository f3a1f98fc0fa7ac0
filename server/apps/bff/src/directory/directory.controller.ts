import { Controller, Req } from '@nestjs/common'
import {
  appRoutes,
  type CatalogItem,
  type CatalogList,
  type Institution,
  type InstitutionList,
  type AppInput,
  type PractitionerDetail,
  type PractitionerList,
  type RegionList,
} from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { DirectoryService } from './directory.service.js'

@Controller()
export class DirectoryController {
  constructor(private readonly service: DirectoryService) {}

  @Route(appRoutes.regions)
  regions(@Input() { query }: AppInput<'regions'>, @Req() req: FastifyRequest): Promise<RegionList> {
    return this.service.regions(query.parent, String(req.id))
  }

  @Route(appRoutes.catalogItems)
  catalog(@Req() req: FastifyRequest): Promise<CatalogList> {
    return this.service.catalog(String(req.id))
  }

  @Route(appRoutes.catalogItem)
  catalogItem(@Input() { params }: AppInput<'catalogItem'>, @Req() req: FastifyRequest): Promise<CatalogItem> {
    return this.service.catalogItem(params.code, String(req.id))
  }

  @Route(appRoutes.institutions)
  institutions(@Input() { query }: AppInput<'institutions'>, @Req() req: FastifyRequest): Promise<InstitutionList> {
    return this.service.institutions(query, String(req.id))
  }

  @Route(appRoutes.institution)
  institution(@Input() { params }: AppInput<'institution'>, @Req() req: FastifyRequest): Promise<Institution> {
    return this.service.institution(params.id, String(req.id))
  }

  @Route(appRoutes.people)
  people(@Input() { query }: AppInput<'people'>, @Req() req: FastifyRequest): Promise<PractitionerList> {
    return this.service.people(query, String(req.id))
  }

  @Route(appRoutes.person)
  person(@Input() { params }: AppInput<'person'>, @Req() req: FastifyRequest): Promise<PractitionerDetail> {
    return this.service.person(params.id, String(req.id))
  }
}
