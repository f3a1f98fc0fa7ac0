import { Injectable, type OnModuleInit } from '@nestjs/common'
import {
  ImageMime,
  VoiceMime,
  type Consultation,
  type ConsultationList,
  type DcMessagePage,
  type DcRead,
  type DcSendBody,
  type DcSent,
  type MessageBody,
  type MessagesQuery,
  type StoredBody,
} from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AccountsRepository } from '../accounts/accounts.repository.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { DirectoryRepository } from '../directory/directory.repository.js'
import { FileAccess } from '../files/file-access.js'
import { FilesRepository } from '../files/files.repository.js'
import { RequestsRepository } from '../requests/requests.repository.js'
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
export class ConsultationsService implements OnModuleInit {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly directory: DirectoryRepository,
    private readonly regions: RegionsRepository,
    private readonly files: FilesRepository,
    private readonly fileAccess: FileAccess,
    private readonly requests: RequestsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /** A photo or voice note sent in a conversation may be read by its parties. */
  onModuleInit(): void {
    this.fileAccess.add(async (actor, { consultationId }) => {
      const row = consultationId ? await this.repo.byId(consultationId) : null
      return !!row && !!(await this.partyOf(actor, row, await this.assignmentOf(row)))
    })
  }

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

  async messages(actor: Actor, id: string, q: MessagesQuery): Promise<DcMessagePage> {
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
          body: await this.contentOf(body.message, party, row),
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

  /**
   * What is stored for what was sent: a photo or voice note must be the sender's own upload of a
   * fitting type (it then belongs to the conversation); a card must be a request of the
   * conversation's resident and keeps what the request was when shared.
   */
  private async contentOf(message: MessageBody, party: Party, row: ConsultationRow): Promise<StoredBody> {
    if (message.kind === 'text') return message
    if (message.kind === 'card') {
      const request = await this.requests.byNumber(message.requestNumber)
      if (!request || request.accountId !== row.residentAccountId) notFound('办件')
      return { kind: 'card', card: { number: request.number, kind: request.kind, title: request.title } }
    }
    const [mimes, wrongType] =
      message.kind === 'image'
        ? [ImageMime.options, '只能发送 JPEG、PNG 或 WebP 图片']
        : [VoiceMime.options, '这种录音格式无法在微信中播放，请用 MP3、M4A 或 WAV']
    const attached = await this.files.attachToConversation(message.fileId, party.accountId, row.id, mimes)
    if (attached === 'missing') notFound('文件')
    if (attached === 'wrong-type') throw new AppError('FILE_TYPE_UNSUPPORTED', wrongType)
    if (attached === 'taken') throw new AppError('CONFLICT', '这个文件已用在别处，请重新上传')
    return message
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
