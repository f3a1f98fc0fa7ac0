import { Injectable } from '@nestjs/common'
import type {
  Consultation,
  ConsultationList,
  DcRead,
  DcSendBody,
  DcSent,
  MessagePage,
  MessagesQuery,
} from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AccountsRepository } from '../accounts/accounts.repository.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { DirectoryRepository } from '../directory/directory.repository.js'
import { RegionsRepository } from '../regions/regions.repository.js'
import { ConsultationsRepository, toMessage, type ConsultationRow, type Side } from './consultations.repository.js'

type Assignment = { adviserId: string; backupId: string | null }

/** Who the acting account is to one conversation. */
interface Party {
  side: Side
  accountId: string
  name: string
}

/**
 * 一村一法律顾问 conversations: a resident and the adviser (and backup) of their village. The data
 * center numbers every message (gapless, under the conversation's row lock) and stores each
 * client-made id once, so a resend after a lost ack is the same message.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryRepository,
    private readonly regions: RegionsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async open(actor: Actor): Promise<Consultation> {
    const account = await this.accountOf(actor)
    if (account?.role !== 'resident') throw new AppError('FORBIDDEN', '仅居民可以发起咨询')
    if (!account.villageCode) throw new AppError('VILLAGE_NOT_SET', '请先设置所在村（社区）')
    if (!(await this.regions.assignment(account.villageCode)))
      throw new AppError('NOT_FOUND', '该村（社区）暂未配备法律顾问')
    const id = await this.repo.openFor(account.id, account.villageCode)
    return (await this.repo.views({ ids: [id] }, 'resident'))[0]
  }

  /** A resident's own conversations; an adviser's villages' and backups'; staff none. */
  async list(actor: Actor): Promise<ConsultationList> {
    const account = await this.accountOf(actor)
    if (account?.role === 'resident')
      return { items: await this.repo.views({ residentAccountId: account.id }, 'resident') }
    if (account?.role === 'adviser' && account.personId)
      return { items: await this.repo.views({ personId: account.personId }, 'adviser') }
    return { items: [] }
  }

  async messages(actor: Actor, id: string, q: MessagesQuery): Promise<MessagePage> {
    const row = await this.repo.byId(id)
    if (!row || !(await this.partyOf(actor, row, await this.assignmentOf(row)))) notFound('会话')
    const rows = await this.repo.page(id, q)
    const hasMore = rows.length > q.limit
    const page = hasMore ? (q.beforeSeq !== undefined ? rows.slice(1) : rows.slice(0, q.limit)) : rows
    return { items: page.map(toMessage), hasMore }
  }

  async send(actor: Actor, id: string, body: DcSendBody): Promise<DcSent> {
    const { stored, created, row, assignment } = await this.tx.run(async () => {
      const row = await this.repo.lock(id)
      const assignment = row ? await this.assignmentOf(row) : null
      const party = row ? await this.partyOf(actor, row, assignment) : null
      if (!row || !party) notFound('会话')
      const earlier = await this.repo.messageOf(party.accountId, body.clientId)
      if (earlier) {
        if (earlier.consultationId !== id) throw new AppError('CONFLICT', '消息编号已用于另一个会话')
        return { stored: earlier, created: false, row, assignment }
      }
      const at = new Date()
      const stored = await this.repo.append(
        {
          consultationId: id,
          seq: row.lastSeq + 1,
          clientId: body.clientId,
          senderAccountId: party.accountId,
          senderRole: party.side,
          senderName: party.name,
          kind: body.message.kind,
          text: body.message.text,
        },
        at,
      )
      return { stored, created: true, row, assignment }
    })
    return { message: toMessage(stored), created, audience: await this.audienceOf(row, assignment) }
  }

  async read(actor: Actor, id: string, seq: number): Promise<DcRead> {
    const row = await this.repo.byId(id)
    const assignment = row ? await this.assignmentOf(row) : null
    const party = row ? await this.partyOf(actor, row, assignment) : null
    if (!row || !party) notFound('会话')
    await this.repo.markRead(id, party.side, seq)
    const [consultation] = await this.repo.views({ ids: [id] }, party.side)
    return { consultation, audience: await this.audienceOf(row, assignment) }
  }

  /** Who advises the conversation's village now (and backs up): read once per request. */
  private assignmentOf(row: ConsultationRow): Promise<Assignment | null> {
    return this.regions.assignment(row.villageCode)
  }

  /** Every account of both sides: the resident and whoever is the adviser or backup now. */
  private async audienceOf(row: ConsultationRow, advisers: Assignment | null): Promise<string[]> {
    const people = advisers ? [advisers.adviserId, ...(advisers.backupId ? [advisers.backupId] : [])] : []
    return [row.residentAccountId, ...(await this.repo.accountsOfPeople(people))]
  }

  private async accountOf(actor: Actor) {
    const accountId = accountIdOf(actor)
    return accountId ? this.accounts.byId(accountId) : null
  }

  /** The resident of the conversation, or the adviser or backup of its village; anyone else null. */
  private async partyOf(actor: Actor, row: ConsultationRow, advisers: Assignment | null): Promise<Party | null> {
    const account = await this.accountOf(actor)
    if (!account) return null
    if (account.role === 'resident' && account.id === row.residentAccountId)
      return { side: 'resident', accountId: account.id, name: account.displayName }
    if (account.role !== 'adviser' || !account.personId) return null
    if (!advisers || (advisers.adviserId !== account.personId && advisers.backupId !== account.personId)) return null
    const person = await this.directory.person(account.personId)
    return { side: 'adviser', accountId: account.id, name: person?.name ?? account.displayName }
  }
}
