import { Injectable } from '@nestjs/common'
import type { Account } from '../accounts/account-lookup.js'
import { AccountLookup } from '../accounts/account-lookup.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { DirectoryService } from '../directory/directory.service.js'
import { ConsultationsRepository, type ConsultationRow, type Side } from './consultations.repository.js'
import { type Assignment, type AdviserFacts } from './adviser-facts.js'

export type { Assignment }

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

/** What the rules below read, loaded at once for one conversation or a batch of them. */
interface Facts extends AdviserFacts {
  accounts: Map<string, Account>
}

/**
 * Who takes part in conversations: the resident, the village's adviser, and the backup adviser
 * while the conversation is handed over (the deadline passed, or the adviser is away). Nobody
 * else. Answers from facts read once (`ConsultationAccess.load`), so a batch of sends across many
 * conversations asks the database a handful of questions, not a handful per message.
 */
export class Parties {
  constructor(private readonly facts: Facts) {}

  /** Who advises the conversation's village (and backs up). */
  assignmentOf(row: ConsultationRow): Assignment | null {
    return this.facts.assignments.get(row.villageCode) ?? null
  }

  /** Until when a person is away (on leave), if they are now. */
  awayUntil(personId: string): Date | null {
    return this.facts.away.get(personId) ?? null
  }

  nameOf(personId: string): string {
    return this.facts.names.get(personId) ?? ''
  }

  /** Whether the backup covers the conversation now (its state as given: a batch changes it as it goes). */
  covered(row: ConsultationRow): boolean {
    const advisers = this.assignmentOf(row)
    if (!advisers?.backupId) return false
    return row.handedOverAt !== null || this.awayUntil(advisers.adviserId) !== null
  }

  partyOf(actor: Actor, row: ConsultationRow): Party | null {
    const accountId = accountIdOf(actor)
    const account = accountId ? this.facts.accounts.get(accountId) : undefined
    if (!account) return null
    if (account.role === 'resident' && account.id === row.residentAccountId)
      return { side: 'resident', accountId: account.id, personId: null, name: account.displayName, asBackup: false }
    const advisers = this.assignmentOf(row)
    if (account.role !== 'adviser' || !account.personId || !advisers) return null
    const asBackup = advisers.adviserId !== account.personId
    if (asBackup && (advisers.backupId !== account.personId || !this.covered(row))) return null
    return {
      side: 'adviser',
      accountId: account.id,
      personId: account.personId,
      name: this.facts.names.get(account.personId) ?? account.displayName,
      asBackup,
    }
  }

  /** Every account to tell: the resident, the adviser, and the backup while it covers. */
  audienceOf(row: ConsultationRow): string[] {
    const advisers = this.assignmentOf(row)
    if (!advisers) return [row.residentAccountId]
    const people = [advisers.adviserId]
    if (advisers.backupId && this.covered(row)) people.push(advisers.backupId)
    return [row.residentAccountId, ...people.flatMap((p) => this.facts.accountsOfPerson.get(p) ?? [])]
  }
}

@Injectable()
export class ConsultationAccess {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly accounts: AccountLookup,
    private readonly directory: DirectoryService,
  ) {}

  /** Reads what `Parties` answers from, for these conversations and acting accounts, in two queries. */
  async load(consultationIds: string[], actors: Actor[], now: Date): Promise<Parties> {
    const accountIds = unique(actors.map(accountIdOf).filter((id): id is string => id !== null))
    const [accounts, facts] = await Promise.all([
      this.accounts.byIds(accountIds),
      this.repo.adviserFacts(unique(consultationIds), now),
    ])
    return new Parties({ accounts, ...facts })
  }

  assignmentForVillage(villageCode: string): Promise<Assignment | null> {
    return this.directory.assignment(villageCode)
  }

  async accountOf(actor: Actor) {
    const accountId = accountIdOf(actor)
    return accountId ? this.accounts.byId(accountId) : null
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}
