import { Injectable } from '@nestjs/common'
import type { DcInstitution, DcPerson } from '@pocket/contract'
import { DirectoryRepository } from './directory.repository.js'

/**
 * The directory as other domains read it: an institution, a person, the person a phone belongs to.
 * The directory domain's façade; no other domain holds its repository.
 */
@Injectable()
export class DirectoryService {
  constructor(private readonly repo: DirectoryRepository) {}

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
}
