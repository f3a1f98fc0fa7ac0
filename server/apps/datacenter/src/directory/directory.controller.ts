import { Controller, Get, Param, Query } from '@nestjs/common'
import { DcInstitutionsQuery, DcPeopleQuery, type DcInstitution, type DcPerson } from '@pocket/contract'
import type { z } from 'zod'
import { AppError, ZodPipe } from '../../../../libs/common/src/index.js'
import { DirectoryRepository } from './directory.repository.js'

@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly repo: DirectoryRepository) {}

  @Get()
  async list(
    @Query(new ZodPipe(DcInstitutionsQuery)) q: z.infer<typeof DcInstitutionsQuery>,
  ): Promise<{ items: DcInstitution[] }> {
    return { items: await this.repo.institutions(q) }
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<DcInstitution> {
    return (await this.repo.institution(id)) ?? notFound('机构')
  }
}

@Controller('people')
export class PeopleController {
  constructor(private readonly repo: DirectoryRepository) {}

  @Get()
  async list(@Query(new ZodPipe(DcPeopleQuery)) q: z.infer<typeof DcPeopleQuery>): Promise<{ items: DcPerson[] }> {
    return { items: await this.repo.people(q) }
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<DcPerson> {
    return (await this.repo.person(id)) ?? notFound('人员')
  }
}

export function notFound(what: string): never {
  throw new AppError('NOT_FOUND', `找不到该${what}`)
}
