import { Injectable } from '@nestjs/common'
import { AccountsRepository } from '../accounts/accounts.repository.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { DirectoryRepository } from '../directory/directory.repository.js'
import { RegionsRepository } from '../regions/regions.repository.js'
import { ConsultationsRepository, type ConsultationRow, type Side } from './consultations.repository.js'

export type Assignment = { adviserId: string; backupId: string | null }

/** Who the acting account is to one conversation. */
export interface Party {
  side: Side
  accountId: string
  /** The adviser's directory person (advisers only). */
  personId: string | null
  name: string
  /** An adviser who holds it as the backup. */
  asBackup: boolean
}

/**
 * Who takes part in a conversation: the resident, the village's adviser, and the backup adviser
 * while the conversation is handed over (the deadline passed, or the adviser is away). Nobody else.
 */
@Injectable()
export class ConsultationAccess {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryRepository,
    private readonly regions: RegionsRepository,
  ) {}

  /** Who advises the conversation's village now (and backs up): read once per request. */
  assignmentOf(row: ConsultationRow): Promise<Assignment | null> {
    return this.regions.assignment(row.villageCode)
  }

  assignmentForVillage(villageCode: string): Promise<Assignment | null> {
    return this.regions.assignment(villageCode)
  }

  /** Whether the backup covers the conversation now. */
  async covered(row: ConsultationRow, advisers: Assignment | null, now: Date): Promise<boolean> {
    if (!advisers?.backupId) return false
    return row.handedOverAt !== null || (await this.repo.awayUntil(advisers.adviserId, now)) !== null
  }

  async accountOf(actor: Actor) {
    const accountId = accountIdOf(actor)
    return accountId ? this.accounts.byId(accountId) : null
  }

  async partyOf(actor: Actor, row: ConsultationRow, advisers: Assignment | null, now: Date): Promise<Party | null> {
    const account = await this.accountOf(actor)
    if (!account) return null
    if (account.role === 'resident' && account.id === row.residentAccountId)
      return { side: 'resident', accountId: account.id, personId: null, name: account.displayName, asBackup: false }
    if (account.role !== 'adviser' || !account.personId || !advisers) return null
    const asBackup = advisers.adviserId !== account.personId
    if (asBackup && (advisers.backupId !== account.personId || !(await this.covered(row, advisers, now)))) return null
    const person = await this.directory.person(account.personId)
    return {
      side: 'adviser',
      accountId: account.id,
      personId: account.personId,
      name: person?.name ?? account.displayName,
      asBackup,
    }
  }

  /** Every account to tell: the resident, the adviser, and the backup while it covers. */
  async audienceOf(row: ConsultationRow, advisers: Assignment | null, now: Date): Promise<string[]> {
    if (!advisers) return [row.residentAccountId]
    const people = [advisers.adviserId]
    if (advisers.backupId && (await this.covered(row, advisers, now))) people.push(advisers.backupId)
    return [row.residentAccountId, ...(await this.repo.accountsOfPeople(people))]
  }

  async personName(personId: string): Promise<string> {
    return (await this.directory.person(personId))?.name ?? ''
  }
}
