import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcInstitution, type DcPerson } from '@pocket/contract'
import { Input, notFound, Route } from '#common'
import { DirectoryRepository } from './directory.repository.js'

@Controller()
export class DirectoryController {
  constructor(private readonly repo: DirectoryRepository) {}

  @Route(dcRoutes.institutions)
  async institutions(@Input() { query }: DcInput<'institutions'>): Promise<{ items: DcInstitution[] }> {
    return { items: await this.repo.institutions(query) }
  }

  @Route(dcRoutes.institution)
  async institution(@Input() { params }: DcInput<'institution'>): Promise<DcInstitution> {
    return (await this.repo.institution(params.id)) ?? notFound('机构')
  }

  @Route(dcRoutes.people)
  async people(@Input() { query }: DcInput<'people'>): Promise<{ items: DcPerson[] }> {
    return { items: await this.repo.people(query) }
  }

  @Route(dcRoutes.person)
  async person(@Input() { params }: DcInput<'person'>): Promise<DcPerson> {
    return (await this.repo.person(params.id)) ?? notFound('人员')
  }
}
