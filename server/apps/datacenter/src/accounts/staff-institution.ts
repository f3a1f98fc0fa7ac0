import { Injectable } from '@nestjs/common'
import { AppError } from '#common'
import { accountIdOf, type Actor } from '../common/actor.js'
import { DirectoryService } from '../directory/directory.service.js'
import { AccountsRepository } from './accounts.repository.js'

/** A staff member's institution, and who they are in the directory. */
export interface StaffPlace {
  id: string
  name: string
  personId: string
}

/** The institution a staff member works at: what their desk, schedule and files are limited to. */
@Injectable()
export class StaffInstitution {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryService,
  ) {}

  /** The acting staff member's institution; anyone else is refused. */
  async of(actor: Actor): Promise<StaffPlace> {
    const accountId = accountIdOf(actor)
    const found = accountId ? await this.ofAccount(accountId) : null
    if (!found) throw new AppError('FORBIDDEN', { key: 'staff.only' })
    return found
  }

  /** The institution of a staff account, or null for any other account. */
  async ofAccount(accountId: string): Promise<StaffPlace | null> {
    const account = await this.accounts.byId(accountId)
    const person = account?.role === 'staff' && account.personId ? await this.directory.person(account.personId) : null
    return person?.institutionId
      ? { id: person.institutionId, name: person.institutionName ?? '', personId: person.id }
      : null
  }
}
