import { Injectable } from '@nestjs/common'
import type {
  DcInstitution,
  DcPerson,
  DcPersonDetail,
  DcRegionPath,
  DcVillageAdvisers,
  InstitutionsQuery,
  PeopleQuery,
} from '@pocket/contract'
import { AppError } from '#common'
import { RegionsService } from '../regions/regions.service.js'
import { rankInstitutions, rankPeople } from './directory-ranking.js'
import { DirectoryRepository } from './directory.repository.js'

/**
 * The directory as other domains read it: an institution, a person, the person a phone belongs to,
 * the adviser a village is assigned. The directory domain's façade; no other domain holds its repository.
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly repo: DirectoryRepository,
    private readonly regions: RegionsService,
  ) {}

  /** The institutions a search finds, best first (see rankInstitutions). */
  async findInstitutions(query: Omit<InstitutionsQuery, 'lat' | 'lng'>): Promise<DcInstitution[]> {
    return rankInstitutions(await this.repo.institutions({ kind: query.kind, region: query.region }), query)
  }

  async findPeople(query: PeopleQuery): Promise<DcPerson[]> {
    return rankPeople(await this.repo.people({ kind: query.kind, institution: query.institution }), query.q)
  }

  /** A person with their public credit record. */
  async personDetail(id: string): Promise<DcPersonDetail> {
    const person = await this.repo.person(id)
    if (!person) throw new AppError('NOT_FOUND', { key: 'notFound.person' })
    return { ...person, credit: await this.repo.credit(id) }
  }

  institution(id: string): Promise<DcInstitution | null> {
    return this.repo.institution(id)
  }

  person(id: string): Promise<DcPerson | null> {
    return this.repo.person(id)
  }

  /** The adviser, lawyer or staff member whose work phone this is (how they are recognised at sign-in). */
  personByPhone(phone: string): Promise<DcPerson | null> {
    return this.repo.personByPhone(phone)
  }

  /** Who a village's adviser and backup are, by id; null for a village with none. */
  assignment(villageCode: string): Promise<{ adviserId: string; backupId: string | null } | null> {
    return this.repo.assignment(villageCode)
  }

  async villageAdvisers(villageCode: string): Promise<DcVillageAdvisers> {
    const village = await this.regions.village(villageCode)
    const assignment = await this.repo.assignment(villageCode)
    if (!assignment) throw new AppError('NOT_FOUND', { key: 'village.noAdviser' })
    const [adviser, backup] = await Promise.all([
      this.repo.person(assignment.adviserId),
      assignment.backupId ? this.repo.person(assignment.backupId) : null,
    ])
    if (!adviser) throw new AppError('NOT_FOUND', { key: 'village.noAdviser' })
    return { village, adviser, backup }
  }

  /** The villages an adviser is assigned. */
  async villagesOf(personId: string): Promise<DcRegionPath[]> {
    const codes = await this.repo.villagesOf(personId)
    return Promise.all(codes.map((c) => this.regions.path(c)))
  }
}
