import { Injectable, Logger } from '@nestjs/common'
import {
  ImageMime,
  previewText,
  VoiceMime,
  type DcSendBatch,
  type DcSendOutcome,
  type DcSendResults,
  type MessageBody,
  type StoredBody,
} from '@pocket/contract'
import { AppError, describeError, notFound, refusal } from '#common'
import { CatalogService } from '../catalog/catalog.service.js'
import { accountIdOf, assertSystem, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { FilesService } from '../files/files.service.js'
import { RequestsService } from '../requests/requests.service.js'
import { Parties, type Party } from './consultation-access.js'
import { handOverMessage } from './consultation-notes.js'
import { ConsultationsRepository, type ConsultationRow } from './consultations.repository.js'
import { toMessage } from './message.mapper.js'
import { ReplyPolicy } from './reply-policy.js'
import { MessagesRepository, readMarkOf, senderKey, type MessageRow, type NewMessage } from './messages.repository.js'

/** One message to store, sent by `actor`. */
export interface SendItem {
  actor: Actor
  consultationId: string
  clientId: string
  message: MessageBody
}

/** What a batch decided for one item before anything is written. */
type Planned =
  | Extract<DcSendOutcome, { ok: false }>
  | { ok: true; message: MessageRow; created: boolean; notices: MessageRow[]; audience: string[] }

type Writes = Parameters<MessagesRepository['writeSends']>[0]

/** A batch being planned: the locked conversations as they change, and what to write at the end. */
interface Batch {
  now: Date
  states: Map<string, ConsultationRow>
  parties: Parties
  stored: Map<string, MessageRow>
  fresh: MessageRow[]
  replies: Writes['replies']
  changed: Set<string>
}

const refusedBy = (err: AppError): Planned => ({
  ok: false,
  code: err.code,
  message: err.message,
  ...(err.notice && { notice: err.notice }),
})

/** A message as the batch will store it: at the batch's time (the transaction's, as a default would be). */
const storedAs = (m: NewMessage, at: Date): MessageRow => ({
  ...m,
  senderAccountId: m.senderAccountId ?? null,
  kind: m.body.kind,
  text: previewText(m.body),
  createdAt: at,
})

/** What a photo or voice note sent in a conversation is attached to: the conversation. */
export const CONVERSATION_FILE = 'consultation'

/**
 * Stores chat messages. Every message gets its conversation's next sequence under the
 * conversation's row lock (gapless, whatever the number of devices and instances), and a
 * (sender, clientId) is stored once: a resend after a lost ack gets the same message back. A
 * resident's question starts the reply deadline, an adviser's answer ends it.
 *
 * The BFF sends what arrives while its previous call is under way as one batch, of any
 * conversations: the batch locks its conversations and reads who may take part and what was sent
 * before in one statement, decides each message in memory, and writes them all in another, so a
 * busy hour costs the database four statements per batch (with BEGIN and COMMIT) rather than a
 * dozen per message. An item that is refused (not a party, a file not theirs) is refused alone; if
 * the batch's transaction fails as a whole (a deadlock with another batch, a lost connection), each
 * item is tried again on its own.
 */
@Injectable()
export class MessageSender {
  private readonly logger = new Logger('messages')

  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly messages: MessagesRepository,
    private readonly policy: ReplyPolicy,
    private readonly files: FilesService,
    private readonly requests: RequestsService,
    private readonly catalog: CatalogService,
    private readonly tx: TransactionRunner,
  ) {}

  /** The BFF's batch: only the BFF itself (the system) may name the senders. */
  async sendBatch(actor: Actor, batch: DcSendBatch): Promise<DcSendResults> {
    assertSystem(actor)
    const items = batch.items.map((i) => ({ ...i, actor: { ...i.actor, requestId: actor.requestId } }))
    return { items: await this.send(items) }
  }

  async send(items: SendItem[]): Promise<DcSendOutcome[]> {
    const now = new Date()
    try {
      return await this.tx.run(() => this.store(items, now))
    } catch (err) {
      if (items.length > 1) {
        this.logger.warn({
          msg: 'batch of messages failed; storing each alone',
          count: items.length,
          error: describeError(err),
        })
        const outcomes: DcSendOutcome[] = []
        for (const item of items) outcomes.push(...(await this.send([item])))
        return outcomes
      }
      this.logger.error({
        msg: 'could not store a message',
        consultationId: items[0].consultationId,
        error: describeError(err),
      })
      return [{ ok: false, ...refusal('INTERNAL', 'message.retryLater') }]
    }
  }

  private async store(items: SendItem[], now: Date): Promise<DcSendOutcome[]> {
    const senders = items.map((i) => accountIdOf(i.actor))
    const read = await this.messages.forSending(
      [...new Set(items.map((i) => i.consultationId))],
      [...new Set(senders.filter((id): id is string => id !== null))],
      items.flatMap((i, n) => {
        const senderAccountId = senders[n]
        return senderAccountId ? [{ senderAccountId, clientId: i.clientId }] : []
      }),
      now,
    )
    const batch: Batch = {
      now,
      states: new Map([...read.locked].map(([id, row]) => [id, { ...row }])),
      parties: new Parties({ accounts: read.accounts, ...read.advisers }),
      stored: read.earlier,
      fresh: [],
      replies: [],
      changed: new Set(),
    }
    const planned: Planned[] = []
    for (const item of items) {
      try {
        planned.push(await this.plan(item, batch))
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        planned.push(refusedBy(err))
      }
    }
    await this.messages.writeSends({
      messages: batch.fresh,
      replies: batch.replies,
      states: [...batch.changed].map((id) => batch.states.get(id) as ConsultationRow),
    })
    return planned.map((p) =>
      p.ok
        ? {
            ok: true,
            sent: {
              message: toMessage(p.message),
              created: p.created,
              audience: p.audience,
              notices: p.notices.map((n) => ({ message: toMessage(n), audience: p.audience })),
            },
          }
        : p,
    )
  }

  /** Decides one message against the conversation as the batch has left it so far. */
  private async plan(item: SendItem, batch: Batch): Promise<Planned> {
    const { now, parties } = batch
    const row = batch.states.get(item.consultationId)
    const party = row ? parties.partyOf(item.actor, row) : null
    if (!row || !party) notFound('consultation')
    const key = senderKey(party.accountId, item.clientId)
    const earlier = batch.stored.get(key)
    if (earlier) {
      if (earlier.consultationId !== row.id) throw new AppError('CONFLICT', { key: 'message.idReused' })
      return { ok: true, message: earlier, created: false, notices: [], audience: parties.audienceOf(row) }
    }
    const message = storedAs(
      {
        consultationId: row.id,
        seq: row.lastSeq + 1,
        clientId: item.clientId,
        senderAccountId: party.accountId,
        senderRole: party.side,
        senderName: party.name,
        body: await this.contentOf(item.message, party, row),
      },
      now,
    )
    batch.fresh.push(message)
    batch.stored.set(key, message)
    batch.changed.add(row.id)
    Object.assign(row, { lastSeq: message.seq, updatedAt: now }, readMarkOf(message))
    const notices: MessageRow[] = []
    if (party.side === 'resident') {
      // A new question reopens a resolved conversation and starts the deadline if none runs.
      const reopens = row.status === 'resolved'
      if (reopens) Object.assign(row, { status: 'open', resolvedAt: null, ratingScore: null, ratingComment: null })
      if (!row.awaitingSince || reopens)
        Object.assign(row, { awaitingSince: now, replyDueAt: this.policy.dueFrom(now) })
      // The adviser is away: the backup takes it over at once, and the conversation says so.
      const advisers = parties.assignmentOf(row)
      const awayUntil = advisers?.backupId && !row.handedOverAt ? parties.awayUntil(advisers.adviserId) : null
      if (awayUntil && advisers) {
        const note = storedAs(handOverMessage(row.id, row.lastSeq + 1, parties, advisers, { awayUntil }), now)
        batch.fresh.push(note)
        notices.push(note)
        Object.assign(row, { lastSeq: note.seq, handedOverAt: now })
      }
    } else if (row.awaitingSince && party.personId) {
      batch.replies.push({
        consultationId: row.id,
        personId: party.personId,
        askedAt: row.awaitingSince,
        answeredAt: now,
        late: row.replyDueAt !== null && now > row.replyDueAt,
      })
      Object.assign(row, { awaitingSince: null, replyDueAt: null })
    }
    return { ok: true, message, created: true, notices, audience: parties.audienceOf(row) }
  }

  /**
   * What is stored for what was sent: a photo or voice note must be the sender's own upload of a
   * fitting type (it then belongs to the conversation); a card must be a request of the
   * conversation's resident and keeps what the request was when shared.
   */
  private async contentOf(message: MessageBody, party: Party, row: ConsultationRow): Promise<StoredBody> {
    if (message.kind === 'text') return message
    if (message.kind === 'handover') {
      if (party.side !== 'adviser') throw new AppError('FORBIDDEN', { key: 'consult.referAdviserOnly' })
      if (message.target === 'legal_aid')
        return { kind: 'handover', target: 'legal_aid', item: null, note: message.note }
      const item = message.itemCode ? await this.catalog.item(message.itemCode) : null
      if (!item) throw new AppError('VALIDATION_FAILED', { key: 'consult.referNoItem' })
      return { kind: 'handover', target: 'booking', item: { code: item.code, name: item.name }, note: message.note }
    }
    if (message.kind === 'card') {
      const request = await this.requests.byNumber(message.requestNumber)
      if (!request || request.accountId !== row.residentAccountId) notFound('request')
      return { kind: 'card', card: { number: request.number, kind: request.kind, title: request.title } }
    }
    const [mimes, wrongType] =
      message.kind === 'image'
        ? [ImageMime.options, 'message.imageType' as const]
        : [VoiceMime.options, 'message.voiceType' as const]
    const attached = await this.files.attachOne(
      message.fileId,
      party.accountId,
      { kind: CONVERSATION_FILE, id: row.id },
      mimes,
    )
    if (attached === 'missing') notFound('file')
    if (attached === 'wrong-type') throw new AppError('FILE_TYPE_UNSUPPORTED', { key: wrongType })
    if (attached === 'taken') throw new AppError('CONFLICT', { key: 'file.taken' })
    return message
  }
}
