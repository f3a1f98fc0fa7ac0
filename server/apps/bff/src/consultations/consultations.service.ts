import { describeError } from '#common'
import { Inject, Injectable, Logger } from '@nestjs/common'
import {
  dcRoutes,
  type Consultation,
  type ConsultationList,
  type ConsultationRating,
  type ConsultationsQuery,
  type DcChanged,
  type DcMessage,
  type DcNotice,
  type DcSent,
  type Message,
  MessageBody,
  type MessagePage,
  type MessagesQuery,
  userTextsOf,
} from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { accountActor, DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { Delivery } from '../realtime/delivery.js'
import { PRESENCE_STORE, type PresenceStore } from '../realtime/presence.store.js'
import { FileLinks } from '../uploads/file-links.js'
import { ContentSafety } from '../content-check/content-safety.js'
import { SendBatcher } from './send-batcher.js'

@Injectable()
export class ConsultationsService {
  private readonly logger = new Logger('consultations')

  constructor(
    private readonly dc: DataCenterClient,
    private readonly delivery: Delivery,
    private readonly links: FileLinks,
    private readonly safety: ContentSafety,
    private readonly batcher: SendBatcher,
    @Inject(PRESENCE_STORE) private readonly presence: PresenceStore,
  ) {}

  open(user: AuthUser): Promise<Consultation> {
    return this.dc.call(dcRoutes.openConsultation, { actor: actorOf(user) })
  }

  list(user: AuthUser, query: ConsultationsQuery): Promise<ConsultationList> {
    return this.dc.call(dcRoutes.consultations, { actor: actorOf(user), query })
  }

  async resolve(user: AuthUser, id: string): Promise<Consultation> {
    return this.changed(await this.dc.call(dcRoutes.resolveConsultation, { actor: actorOf(user), params: { id } }))
  }

  async reopen(user: AuthUser, id: string): Promise<Consultation> {
    return this.changed(await this.dc.call(dcRoutes.reopenConsultation, { actor: actorOf(user), params: { id } }))
  }

  rate(user: AuthUser, id: string, rating: ConsultationRating): Promise<Consultation> {
    return this.dc.call(dcRoutes.rateConsultation, { actor: actorOf(user), params: { id }, body: rating })
  }

  /** Delivers system messages the data center wrote (hand-over, resolved, reopened) to their audiences. */
  async announce(notices: DcNotice[]): Promise<void> {
    for (const n of notices)
      await this.delivery.toAccounts(n.audience, { event: 'message.new', data: this.present(n.message) })
  }

  private async changed({ consultation, notices }: DcChanged): Promise<Consultation> {
    await this.announce(notices)
    return consultation
  }

  async messages(user: AuthUser, id: string, query: MessagesQuery): Promise<MessagePage> {
    const page = await this.dc.call(dcRoutes.consultationMessages, { actor: actorOf(user), params: { id }, query })
    return { items: page.items.map((m) => this.present(m)), hasMore: page.hasMore }
  }

  /** Marks read, then tells every device of both sides (read receipts, unread badges elsewhere). */
  async read(user: AuthUser, id: string, seq: number): Promise<Consultation> {
    const { consultation, audience } = await this.dc.call(dcRoutes.readConsultation, {
      actor: actorOf(user),
      params: { id },
      body: { seq },
    })
    const side = user.role === 'resident' ? 'resident' : 'adviser'
    await this.delivery.toAccounts(audience, {
      event: 'message.read',
      data: { consultationId: id, side, seq: consultation.readSeq },
    })
    return consultation
  }

  /**
   * Checks a text and stores the message in the data center (committed when this returns; in a
   * batch with whatever else is being sent). Delivery to both sides' devices starts then and is
   * not waited for: the sender's ack says "stored", and a device that misses the live frame (the
   * bus failed, a socket dropped) fetches it by sequence, on reconnect or at the next message.
   * The sending device (`device`, its socket) gets the message in its ack only, not a second time.
   */
  async send(
    user: Pick<AuthUser, 'accountId' | 'role'>,
    id: string,
    clientId: string,
    message: MessageBody,
    device?: string,
  ): Promise<Message> {
    const actor = accountActor(user.accountId, user.role)
    await this.safety.screen(actor, user.accountId, userTextsOf(MessageBody, message))
    const sent = await this.batcher.send({
      actor: { id: actor.id, role: user.role },
      consultationId: id,
      clientId,
      message,
    })
    const shown = this.present(sent.message)
    setImmediate(() => void this.deliver(id, sent, shown, user.accountId, device))
    return shown
  }

  /**
   * A new message to every device of its audience, with any system message it caused. A resend
   * of one stored already (created: false) is answered to its sender only, by the ack: the others
   * had it live, or fetch it by sequence when the next message shows them the hole — under
   * reconnect flaps a third of messages were otherwise delivered twice.
   */
  private async deliver(id: string, sent: DcSent, shown: Message, sender: string, device?: string): Promise<void> {
    if (!sent.created) return
    try {
      await this.delivery.toAccounts(sent.audience, { event: 'message.new', data: shown }, device)
      await this.announce(sent.notices)
    } catch (err) {
      this.logger.warn({
        msg: 'could not deliver a stored message live',
        id,
        seq: shown.seq,
        error: describeError(err),
      })
    }
    await this.tellAbsent(id, sent.audience, sender, shown.seq)
  }

  /**
   * Whoever of the conversation (but `sender`) has no socket open anywhere (their app is closed) is
   * told of the message at `seq` by subscribe message or SMS: the data center queues the notice, at
   * most one per person and conversation in half an hour (a missed call: one a minute). Runs after
   * the ack; a failure here loses only the notice. Never throws.
   */
  async tellAbsent(id: string, audience: string[], sender: string, seq: number): Promise<void> {
    try {
      const others = audience.filter((a) => a !== sender)
      const online = await this.presence.online(others)
      const absent = others.filter((_, i) => !online[i])
      if (absent.length === 0) return
      await this.dc.call(dcRoutes.notifyAbsent, {
        actor: systemActor(),
        params: { id },
        body: { accountIds: absent.slice(0, 10), seq },
      })
    } catch (err) {
      this.logger.warn({ msg: 'could not queue notices for absent parties', id, error: describeError(err) })
    }
  }

  /**
   * A message as its viewers get it: a photo or voice note with a link to its file. The data
   * center answered only to a party of the conversation, and every party may read its files, so
   * one link serves every device it is delivered to.
   */
  private present(m: DcMessage): Message {
    const { body } = m
    if (body.kind === 'image' || body.kind === 'voice')
      return { ...m, body: { ...body, url: this.links.urlOf(body.fileId) } }
    return { ...m, body }
  }
}
