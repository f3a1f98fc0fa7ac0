import { Injectable } from '@nestjs/common'
import type { Consultation } from '@pocket/contract'

type NextAppointment = NonNullable<Consultation['videoAppointment']>

/** Per conversation, its next appointment not yet over, as the chat shows it to join. */
export type NextAppointments = (consultationIds: string[], now: Date) => Promise<Map<string, NextAppointment>>

/**
 * Where the chat learns of appointments booked in a conversation (视频咨询): the domain that books
 * them provides the reader when it starts, so conversations know nothing of booking.
 */
@Injectable()
export class ConversationAppointments {
  private reader: NextAppointments | null = null

  provide(reader: NextAppointments): void {
    if (this.reader) throw new Error('conversation appointments provided twice')
    this.reader = reader
  }

  nextOf(consultationIds: string[], now: Date): Promise<Map<string, NextAppointment>> {
    return this.reader?.(consultationIds, now) ?? Promise.resolve(new Map())
  }
}
