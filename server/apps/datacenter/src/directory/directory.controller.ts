import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcInstitution, type DcPerson, type DcVillageAdvisers } from '@pocket/contract'
import { Input, notFound, Route } from '#common'
import { DirectoryRepository } from './directory.repository.js'
import { DirectoryService } from './directory.service.js'

@Controller()
export class DirectoryController {
  constructor(
    private readonly repo: DirectoryRepository,
    private readonly service: DirectoryService,
  ) {}

  @Route(dcRoutes.institutions)
  async institutions(@Input() { query }: DcInput<'institutions'>): Promise<{ items: DcInstitution[] }> {
    return { items: await this.repo.institutions(query) }
  }

  @Route(dcRoutes.institution)
  async institution(@Input() { params }: DcInput<'institution'>): Promise<DcInstitution> {
    return (await this.repo.institution(params.id)) ?? notFound('institution')
  }

  @Route(dcRoutes.people)
  async people(@Input() { query }: DcInput<'people'>): Promise<{ items: DcPerson[] }> {
    return { items: await this.repo.people(query) }
  }

  @Route(dcRoutes.person)
  async person(@Input() { params }: DcInput<'person'>): Promise<DcPerson> {
    return (await this.repo.person(params.id)) ?? notFound('person')
  }

  @Route(dcRoutes.villageAdvisers)
  advisers(@Input() { params }: DcInput<'villageAdvisers'>): Promise<DcVillageAdvisers> {
    return this.service.villageAdvisers(params.code)
  }
}
