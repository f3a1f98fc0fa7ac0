import { Injectable } from '@nestjs/common'
import type { Consultation } from '@pocket/contract'
import { instantAt } from '@pocket/contract'
import { and, asc, gt, inArray } from 'drizzle-orm'
import { ACTIVE_APPOINTMENT, appointments } from '../booking/booking.schema.js'
import { DbContext } from '../db/transactions.js'

type VideoAppointment = NonNullable<Consultation['videoAppointment']>

/** The 视频咨询 booked in conversations: the next one not yet over is joined from the chat. */
@Injectable()
export class VideoAppointments {
  constructor(private readonly db: DbContext) {}

  /** Per conversation, its next active video consultation that has not ended by `now`. */
  async nextOf(consultationIds: string[], now: Date): Promise<Map<string, VideoAppointment>> {
    const next = new Map<string, VideoAppointment>()
    if (consultationIds.length === 0) return next
    // A slot lasts well under a day: anything starting earlier than that is over.
    const rows = await this.db.q
      .select({
        number: appointments.number,
        consultationId: appointments.consultationId,
        date: appointments.date,
        end: appointments.end,
        startsAt: appointments.startsAt,
      })
      .from(appointments)
      .where(
        and(
          inArray(appointments.consultationId, consultationIds),
          inArray(appointments.status, ACTIVE_APPOINTMENT),
          gt(appointments.startsAt, new Date(now.getTime() - 86_400_000)),
        ),
      )
      .orderBy(asc(appointments.startsAt))
    for (const r of rows) {
      const endsAt = instantAt(r.date, r.end)
      if (!r.consultationId || endsAt <= now || next.has(r.consultationId)) continue
      next.set(r.consultationId, {
        number: r.number,
        startsAt: r.startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
      })
    }
    return next
  }
}
