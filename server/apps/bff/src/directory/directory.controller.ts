import { Controller, Get, Param, Query, Req } from '@nestjs/common'
import {
  InstitutionsQuery,
  PeopleQuery,
  RegionsQuery,
  type CatalogItem,
  type CatalogList,
  type Institution,
  type InstitutionList,
  type PersonCard,
  type PersonList,
  type RegionList,
} from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { ZodPipe } from '../../../../libs/common/src/index.js'
import { Public } from '../common/auth-user.js'
import { DirectoryService } from './directory.service.js'

@Public()
@Controller()
export class DirectoryController {
  constructor(private readonly service: DirectoryService) {}

  @Get('regions')
  regions(
    @Query(new ZodPipe(RegionsQuery)) q: z.infer<typeof RegionsQuery>,
    @Req() req: FastifyRequest,
  ): Promise<RegionList> {
    return this.service.regions(q.parent, String(req.id))
  }

  @Get('catalog/items')
  catalog(@Req() req: FastifyRequest): Promise<CatalogList> {
    return this.service.catalog(String(req.id))
  }

  @Get('catalog/items/:code')
  catalogItem(@Param('code') code: string, @Req() req: FastifyRequest): Promise<CatalogItem> {
    return this.service.catalogItem(code, String(req.id))
  }

  @Get('institutions')
  institutions(
    @Query(new ZodPipe(InstitutionsQuery)) q: InstitutionsQuery,
    @Req() req: FastifyRequest,
  ): Promise<InstitutionList> {
    return this.service.institutions(q, String(req.id))
  }

  @Get('institutions/:id')
  institution(@Param('id') id: string, @Req() req: FastifyRequest): Promise<Institution> {
    return this.service.institution(id, String(req.id))
  }

  @Get('people')
  people(@Query(new ZodPipe(PeopleQuery)) q: PeopleQuery, @Req() req: FastifyRequest): Promise<PersonList> {
    return this.service.people(q, String(req.id))
  }

  @Get('people/:id')
  person(@Param('id') id: string, @Req() req: FastifyRequest): Promise<PersonCard> {
    return this.service.person(id, String(req.id))
  }
}
