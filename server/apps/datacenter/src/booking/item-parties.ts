import { Injectable } from '@nestjs/common'

/** Who an appointment is with, for an item booked with one person: the adviser, in the resident's conversation. */
export interface AppointmentParty {
  consultationId: string
  adviserPersonId: string
}

/** The party of a booking by this account at this institution; refused (AppError) with what to do instead. */
export type PartyOf = (accountId: string, institutionId: string) => Promise<AppointmentParty>

/**
 * Items booked with one person rather than a desk (视频咨询 with the village's adviser): the domain
 * that offers such an item registers who the party is, so booking knows no such domain.
 */
@Injectable()
export class BookingItems {
  private readonly parties = new Map<string, PartyOf>()

  register(itemCode: string, partyOf: PartyOf): void {
    if (this.parties.has(itemCode)) throw new Error(`booking item ${itemCode} registered twice`)
    this.parties.set(itemCode, partyOf)
  }

  /** The party of a booking of this item, or null for an item booked at a desk. */
  partyFor(itemCode: string, accountId: string, institutionId: string): Promise<AppointmentParty | null> {
    return this.parties.get(itemCode)?.(accountId, institutionId) ?? Promise.resolve(null)
  }
}
