import { Injectable } from '@nestjs/common'
import type { DcWorkbench } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { assertSelf, type Actor } from '../common/actor.js'
import { DirectoryService } from '../directory/directory.service.js'

/** What an adviser or staff member works on. */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly accounts: AccountLookup,
    private readonly directory: DirectoryService,
  ) {}

  async get(actor: Actor, accountId: string): Promise<DcWorkbench> {
    assertSelf(actor, accountId)
    const account = await this.accounts.byId(accountId)
    if (!account?.personId || account.role === 'resident')
      throw new AppError('FORBIDDEN', { key: 'workbench.staffOnly' })
    const person = (await this.directory.person(account.personId)) ?? notFound('person')
    const villages = account.role === 'adviser' ? await this.directory.villagesOf(person.id) : []
    return { person, villages }
  }
}
