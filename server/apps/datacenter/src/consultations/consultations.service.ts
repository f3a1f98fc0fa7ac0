import { Injectable, type OnModuleInit } from '@nestjs/common'
import {
  ImageMime,
  VoiceMime,
  type Consultation,
  type ConsultationList,
  type ConsultationsQuery,
  type DcMessagePage,
  type DcRead,
  type DcSendBody,
  type DcSent,
  type MessageBody,
  type MessagesQuery,
  type StoredBody,
} from '@pocket/contract'
import { AppError, notFound } from '#common'
import { CatalogRepository } from '../catalog/catalog.repository.js'
import type { Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { FileAccess } from '../files/file-access.js'
import { FilesRepository } from '../files/files.repository.js'
import { RequestsRepository } from '../requests/requests.repository.js'
import { ConsultationAccess, type Party } from './consultation-access.js'
import { ConsultationNotes } from './consultation-notes.js'
import { ConsultationViews } from './consultation-views.js'
import { ConsultationsRepository, toMessage, type ConsultationRow } from './consultations.repository.js'
import { ReplyPolicy } from './reply-policy.js'

/**
 * 一村一法律顾问 conversations: a resident and the adviser of their village (the backup while it is
 * handed over). The data center numbers every message (gapless, under the conversation's row lock),
 * stores each client-made id once, and keeps the reply deadline: a resident's question starts it,
 * an adviser's answer ends it.
 */
@Injectable()
export class ConsultationsService implements OnModuleInit {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly access: ConsultationAccess,
    private readonly views: ConsultationViews,
    private readonly notes: ConsultationNotes,
    private readonly policy: ReplyPolicy,
    private readonly files: FilesRepository,
    private readonly fileAccess: FileAccess,
    private readonly requests: RequestsRepository,
    private readonly catalog: CatalogRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /** A photo or voice note sent in a conversation may be read by its parties. */
  onModuleInit(): void {
    this.fileAccess.add(async (actor, { consultationId }) => {
      const row = consultationId ? await this.repo.byId(consultationId) : null
      const now = new Date()
      return !!row && !!(await this.access.partyOf(actor, row, await this.access.assignmentOf(row), now))
    })
  }

  async open(actor: Actor): Promise<Consultation> {
    const account = await this.access.accountOf(actor)
    if (account?.role !== 'resident') throw new AppError('FORBIDDEN', '仅居民可以发起咨询')
    if (!account.villageCode) throw new AppError('VILLAGE_NOT_SET', '请先设置所在村（社区）')
    const village = await this.access.assignmentForVillage(account.villageCode)
    if (!village) throw new AppError('NOT_FOUND', '该村（社区）暂未配备法律顾问')
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
    if (!row || !(await this.access.partyOf(actor, row, await this.access.assignmentOf(row), new Date())))
      notFound('会话')
    const rows = await this.repo.page(id, q)
    const hasMore = rows.length > q.limit
    const page = hasMore ? (q.beforeSeq !== undefined ? rows.slice(1) : rows.slice(0, q.limit)) : rows
    return { items: page.map(toMessage), hasMore }
  }

  async send(actor: Actor, id: string, body: DcSendBody): Promise<DcSent> {
    const now = new Date()
    const done = await this.tx.run(async () => {
      const row = await this.repo.lock(id)
      const advisers = row ? await this.access.assignmentOf(row) : null
      const party = row ? await this.access.partyOf(actor, row, advisers, now) : null
      if (!row || !party) notFound('会话')
      const earlier = await this.repo.messageOf(party.accountId, body.clientId)
      if (earlier) {
        if (earlier.consultationId !== id) throw new AppError('CONFLICT', '消息编号已用于另一个会话')
        return { stored: earlier, created: false, row, advisers, notices: [] }
      }
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
        now,
      )
      const changes: Partial<ConsultationRow> = {}
      const notices = []
      if (party.side === 'resident') {
        // A new question reopens a resolved conversation and starts the deadline if none runs.
        if (row.status === 'resolved')
          Object.assign(changes, { status: 'open', resolvedAt: null, ratingScore: null, ratingComment: null })
        if (!row.awaitingSince || row.status === 'resolved')
          Object.assign(changes, { awaitingSince: now, replyDueAt: this.policy.dueFrom(now) })
        // The adviser is away: the backup takes it over at once, and the conversation says so.
        const away = advisers?.backupId && !row.handedOverAt ? await this.repo.awayUntil(advisers.adviserId, now) : null
        if (away && advisers) {
          notices.push(await this.notes.handOver({ ...row, lastSeq: stored.seq }, advisers, { awayUntil: away }, now))
          changes.handedOverAt = now
        }
      } else if (row.awaitingSince && party.personId) {
        await this.repo.recordReply({
          consultationId: id,
          personId: party.personId,
          askedAt: row.awaitingSince,
          answeredAt: now,
          late: row.replyDueAt !== null && now > row.replyDueAt,
        })
        Object.assign(changes, { awaitingSince: null, replyDueAt: null })
      }
      if (Object.keys(changes).length > 0) await this.repo.update(id, changes)
      return { stored, created: true, row: { ...row, ...changes }, advisers, notices }
    })
    const audience = await this.access.audienceOf(done.row, done.advisers, now)
    return {
      message: toMessage(done.stored),
      created: done.created,
      audience,
      notices: done.notices.map((m) => ({ message: toMessage(m), audience })),
    }
  }

  async read(actor: Actor, id: string, seq: number): Promise<DcRead> {
    const now = new Date()
    const row = await this.repo.byId(id)
    const advisers = row ? await this.access.assignmentOf(row) : null
    const party = row ? await this.access.partyOf(actor, row, advisers, now) : null
    if (!row || !party) notFound('会话')
    await this.repo.markRead(id, party.side, seq)
    const consultation = await this.views.one(id, { side: party.side, personId: party.personId })
    return { consultation, audience: await this.access.audienceOf(row, advisers, now) }
  }

  /**
   * What is stored for what was sent: a photo or voice note must be the sender's own upload of a
   * fitting type (it then belongs to the conversation); a card must be a request of the
   * conversation's resident and keeps what the request was when shared.
   */
  private async contentOf(message: MessageBody, party: Party, row: ConsultationRow): Promise<StoredBody> {
    if (message.kind === 'text') return message
    if (message.kind === 'handover') {
      if (party.side !== 'adviser') throw new AppError('FORBIDDEN', '仅法律顾问可以转办')
      if (message.target === 'legal_aid')
        return { kind: 'handover', target: 'legal_aid', item: null, note: message.note }
      const item = message.itemCode ? await this.catalog.get(message.itemCode) : null
      if (!item) throw new AppError('VALIDATION_FAILED', '请选择要预约的服务事项')
      return { kind: 'handover', target: 'booking', item: { code: item.code, name: item.name }, note: message.note }
    }
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
}
