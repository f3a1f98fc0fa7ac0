import { Injectable } from '@nestjs/common'
import { AppError } from '#common'
import { AccountsRepository } from '../accounts/accounts.repository.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { DirectoryRepository } from '../directory/directory.repository.js'

/** The institution an acting staff member works at; anyone else is refused. */
@Injectable()
export class StaffInstitution {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async of(actor: Actor): Promise<{ id: string; name: string }> {
    const accountId = accountIdOf(actor)
    const account = accountId ? await this.accounts.byId(accountId) : null
    const person = account?.role === 'staff' && account.personId ? await this.directory.person(account.personId) : null
    if (!person?.institutionId) throw new AppError('FORBIDDEN', '仅机构工作人员可以办理')
    return { id: person.institutionId, name: person.institutionName ?? '' }
  }
}
