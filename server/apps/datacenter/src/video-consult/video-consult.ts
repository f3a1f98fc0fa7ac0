import { Injectable, type OnModuleInit } from '@nestjs/common'
import { VIDEO_CONSULT_ITEM } from '@pocket/contract'
import { AppError } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { BookingItems, type AppointmentParty } from '../booking/item-parties.js'
import { PartyAppointments } from '../booking/party-appointments.js'
import { CallListeners } from '../calls/call-listeners.js'
import { ConsultationsService } from '../consultations/consultations.service.js'
import { ConversationAppointments } from '../consultations/conversation-appointments.js'
import { DirectoryService } from '../directory/directory.service.js'

/**
 * 视频咨询 is booked like any item, but with one person: the adviser of the resident's village, at
 * the institution the adviser works from. It belongs to their conversation, from which both join
 * the call; it is held when a call in its window is answered, and 未到 when its time passes with
 * none. This module ties booking, conversations and calls together; none of them knows it.
 */
@Injectable()
export class VideoConsult implements OnModuleInit {
  constructor(
    private readonly accounts: AccountLookup,
    private readonly directory: DirectoryService,
    private readonly consultations: ConsultationsService,
    private readonly items: BookingItems,
    private readonly appointments: PartyAppointments,
    private readonly calls: CallListeners,
    private readonly conversations: ConversationAppointments,
  ) {}

  onModuleInit(): void {
    this.items.register(VIDEO_CONSULT_ITEM, (accountId, institutionId) => this.partyFor(accountId, institutionId))
    this.calls.add({
      held: (actor, consultationId, answeredAt, summary) =>
        this.appointments.held(actor, consultationId, answeredAt, summary),
      swept: async (actor, now) => {
        await this.appointments.sweepNoShows(actor, VIDEO_CONSULT_ITEM, now, { key: 'timeline.videoNoShow' })
      },
    })
    this.conversations.provide((ids, now) => this.appointments.nextOf(ids, now))
  }

  /** The resident's adviser for a booking at `institutionId`; refused with what to do instead. */
  async partyFor(accountId: string, institutionId: string): Promise<AppointmentParty> {
    const account = await this.accounts.byId(accountId)
    if (!account?.villageCode) throw new AppError('VILLAGE_NOT_SET', { key: 'videoConsult.villageNotSet' })
    const assignment = await this.directory.assignment(account.villageCode)
    const adviser = assignment ? await this.directory.person(assignment.adviserId) : null
    if (!adviser) throw new AppError('SLOT_UNAVAILABLE', { key: 'videoConsult.noAdviser' })
    if (adviser.institutionId !== institutionId)
      throw new AppError(
        'SLOT_UNAVAILABLE',
        { key: 'videoConsult.ownAdviser', params: { name: adviser.name, institution: adviser.institutionName ?? '' } },
        { field: 'institutionId' },
      )
    return {
      consultationId: await this.consultations.conversationOf(accountId, account.villageCode),
      adviserPersonId: adviser.id,
    }
  }
}
