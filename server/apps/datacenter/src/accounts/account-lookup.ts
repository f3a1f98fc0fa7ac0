import { Injectable } from '@nestjs/common'
import { AccountsRepository, type AccountRow } from './accounts.repository.js'

/** An account as other domains read it. */
export type Account = AccountRow

/**
 * How other domains read accounts: one by id, several at once, and the accounts of a person in the
 * directory. The accounts domain's reading façade; every change to an account goes through
 * AccountsService, and no other domain holds the repository.
 */
@Injectable()
export class AccountLookup {
  constructor(private readonly repo: AccountsRepository) {}

  byId(id: string): Promise<Account | null> {
    return this.repo.byId(id)
  }

  byIds(ids: string[]): Promise<Map<string, Account>> {
    return this.repo.byIds(ids)
  }

  /** The accounts of a directory person (an adviser may sign in by SMS and by WeChat). */
  idsOfPerson(personId: string): Promise<string[]> {
    return this.repo.idsOfPerson(personId)
  }
}
