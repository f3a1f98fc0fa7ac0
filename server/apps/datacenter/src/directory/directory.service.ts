import { Injectable } from '@nestjs/common'
import type { DcInstitution, DcPerson, DcRegionPath, DcVillageAdvisers } from '@pocket/contract'
import { AppError } from '#common'
import { RegionsService } from '../regions/regions.service.js'
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
