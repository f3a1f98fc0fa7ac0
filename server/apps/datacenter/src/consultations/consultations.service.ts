import { Injectable, type OnModuleInit } from '@nestjs/common'
import type {
  Consultation,
  ConsultationList,
  ConsultationsQuery,
  DcMessagePage,
  DcRead,
  MessagesQuery,
} from '@pocket/contract'
import { AppError, notFound } from '#common'
import type { Actor } from '../common/actor.js'
import { FileAccess } from '../files/file-access.js'
import { ConsultationAccess } from './consultation-access.js'
import { ConsultationViews } from './consultation-views.js'
import { ConsultationsRepository, type ConsultationRow } from './consultations.repository.js'
import { toMessage } from './message.mapper.js'
import { CONVERSATION_FILE } from './message-sender.js'
import { MessagesRepository } from './messages.repository.js'

/**
 * 一村一法律顾问 conversations: a resident and the adviser of their village (the backup while it is
 * handed over): opening one, the lists, the history, read marks. Sending is `MessageSender`'s.
 */
@Injectable()
export class ConsultationsService implements OnModuleInit {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly messageStore: MessagesRepository,
    private readonly access: ConsultationAccess,
    private readonly views: ConsultationViews,
    private readonly fileAccess: FileAccess,
  ) {}

  /** A photo or voice note sent in a conversation may be read by its parties. */
  onModuleInit(): void {
    this.fileAccess.add(async (actor, { attachedTo }) => {
      const row = attachedTo?.kind === CONVERSATION_FILE ? await this.repo.byId(attachedTo.id) : null
      return !!row && !!(await this.access.load([row.id], [actor], new Date())).partyOf(actor, row)
    })
  }

  /** The conversation, locked until the transaction ends (a call's record is written under it). */
  lock(id: string): Promise<ConsultationRow | null> {
    return this.repo.lock(id)
  }

  /** The resident's conversation for a village, made on first use (a 视频咨询 belongs to it). */
  conversationOf(residentAccountId: string, villageCode: string): Promise<string> {
    return this.repo.openFor(residentAccountId, villageCode)
  }

  async open(actor: Actor): Promise<Consultation> {
    const account = await this.access.accountOf(actor)
    if (account?.role !== 'resident') throw new AppError('FORBIDDEN', { key: 'consult.residentOnly' })
    if (!account.villageCode) throw new AppError('VILLAGE_NOT_SET', { key: 'village.notSet' })
    const village = await this.access.assignmentForVillage(account.villageCode)
    if (!village) throw new AppError('NOT_FOUND', { key: 'village.noAdviser' })
    const id = await this.repo.openFor(account.id, account.villageCode)
    return this.views.one(id, { side: 'resident', personId: null })
  }

  /** A resident's own conversations; an adviser's inbox (filtered, searched); staff none. */
  async list(actor: Actor, q: ConsultationsQuery): Promise<ConsultationList> {
    const account = await this.access.accountOf(actor)
    if (account?.role === 'resident') return this.views.ofResident(account.id)
    if (account?.role === 'adviser' && account.personId) return this.views.inbox(account.personId, q)
    return { items: [] }
  }

  async messages(actor: Actor, id: string, q: MessagesQuery): Promise<DcMessagePage> {
    const row = await this.repo.byId(id)
    if (!row || !(await this.access.load([row.id], [actor], new Date())).partyOf(actor, row)) notFound('consultation')
    const rows = await this.messageStore.page(id, q)
    const hasMore = rows.length > q.limit
    const page = hasMore ? (q.beforeSeq !== undefined ? rows.slice(1) : rows.slice(0, q.limit)) : rows
    return { items: page.map(toMessage), hasMore }
  }

  async read(actor: Actor, id: string, seq: number): Promise<DcRead> {
    const now = new Date()
    const row = await this.repo.byId(id)
    const parties = row ? await this.access.load([row.id], [actor], now) : null
    const party = row ? parties?.partyOf(actor, row) : null
    if (!row || !parties || !party) notFound('consultation')
    await this.messageStore.markRead(id, party.side, seq)
    const consultation = await this.views.one(id, { side: party.side, personId: party.personId })
    return { consultation, audience: parties.audienceOf(row) }
  }
}
