import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type DcInput,
  type DcInstitution,
  type DcPerson,
  type DcPersonDetail,
  type DcVillageAdvisers,
} from '@pocket/contract'
import { Input, notFound, Route } from '#common'
import { DirectoryService } from './directory.service.js'

@Controller()
export class DirectoryController {
  constructor(private readonly service: DirectoryService) {}

  @Route(dcRoutes.institutions)
  async institutions(@Input() { query }: DcInput<'institutions'>): Promise<{ items: DcInstitution[] }> {
    return { items: await this.service.findInstitutions(query) }
  }

  @Route(dcRoutes.institution)
  async institution(@Input() { params }: DcInput<'institution'>): Promise<DcInstitution> {
    return (await this.service.institution(params.id)) ?? notFound('institution')
  }

  @Route(dcRoutes.people)
  async people(@Input() { query }: DcInput<'people'>): Promise<{ items: DcPerson[] }> {
    return { items: await this.service.findPeople(query) }
  }

  @Route(dcRoutes.person)
  person(@Input() { params }: DcInput<'person'>): Promise<DcPersonDetail> {
    return this.service.personDetail(params.id)
  }

  @Route(dcRoutes.villageAdvisers)
  advisers(@Input() { params }: DcInput<'villageAdvisers'>): Promise<DcVillageAdvisers> {
    return this.service.villageAdvisers(params.code)
  }
}
