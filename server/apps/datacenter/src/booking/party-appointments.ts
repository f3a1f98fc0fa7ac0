import { Injectable } from '@nestjs/common'
import type { Consultation, NoticeOf } from '@pocket/contract'
import { instantAt, VIDEO_JOIN_EARLY_MINUTES } from '@pocket/contract'
import { and, asc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm'
import { AppError } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import type { Actor } from '../common/actor.js'
import { DbContext } from '../db/transactions.js'
import { RequestsService } from '../requests/requests.service.js'
import { ACTIVE_APPOINTMENT, appointments } from './booking.schema.js'
import type { AppointmentParty } from './item-parties.js'

type NextAppointment = NonNullable<Consultation['videoAppointment']>

/**
 * Appointments with one person (an adviser) in a conversation, rather than at a desk: the person
 * meets one resident at a time; both join from the conversation, so the appointment is held when
 * a call of it is answered in its window, and 未到 when its time passed with none.
 */
@Injectable()
export class PartyAppointments {
  private readonly audit

  constructor(
    private readonly db: DbContext,
    private readonly requests: RequestsService,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('appointment', ['complete', 'no_show'])
  }

  /**
   * Refuses a start the person already gives to another resident. Holds the person's line until
   * the transaction ends, so two residents booking the same start are decided one after the other.
   */
  async assertFree(party: AppointmentParty | null, startsAt: Date, except: string | null): Promise<void> {
    if (!party) return
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${`video:${party.adviserPersonId}`}))`)
    const [taken] = await this.db.q
      .select({ number: appointments.number })
      .from(appointments)
      .where(
        and(
          eq(appointments.adviserPersonId, party.adviserPersonId),
          eq(appointments.startsAt, startsAt),
          inArray(appointments.status, ACTIVE_APPOINTMENT),
          except ? ne(appointments.number, except) : undefined,
        ),
      )
      .limit(1)
    if (taken) throw new AppError('SLOT_FULL', { key: 'booking.adviserTaken' })
  }

  /**
   * Appointments of an item whose end passed with nobody joined (still booked: no call answered
   * in their window) become 未到, as a desk marks a resident who did not come. Answers how many.
   */
  async sweepNoShows(actor: Actor, itemCode: string, now: Date, note: NoticeOf): Promise<number> {
    // A slot lasts well under a day: one that started before the last day is over by now.
    const rows = await this.db.q
      .select({ number: appointments.number, date: appointments.date, end: appointments.end })
      .from(appointments)
      .where(
        and(eq(appointments.itemCode, itemCode), eq(appointments.status, 'booked'), lt(appointments.startsAt, now)),
      )
      .for('update', { skipLocked: true })
    let count = 0
    for (const r of rows.filter((r) => instantAt(r.date, r.end) <= now)) {
      await this.db.q.update(appointments).set({ status: 'no_show' }).where(eq(appointments.number, r.number))
      await this.requests.step(actor, r.number, 'no_show', note)
      await this.audit.record(actor, 'no_show', r.number, {
        before: { status: 'booked' },
        after: { status: 'no_show' },
      })
      count++
    }
    return count
  }

  /**
   * A call of the conversation was answered and talked: the appointment it falls in (from its join
   * window's opening to its end) took place. It is completed — no desk checks it in — with the call
   * on its timeline, and the resident can rate it. Call inside the call's transaction.
   */
  async held(actor: Actor, consultationId: string, answeredAt: Date, call: NoticeOf): Promise<void> {
    const rows = await this.db.q
      .select({
        number: appointments.number,
        status: appointments.status,
        date: appointments.date,
        end: appointments.end,
        startsAt: appointments.startsAt,
      })
      .from(appointments)
      .where(and(eq(appointments.consultationId, consultationId), inArray(appointments.status, ACTIVE_APPOINTMENT)))
      .for('update')
    const early = VIDEO_JOIN_EARLY_MINUTES * 60_000
    const row = rows.find(
      (r) => answeredAt.getTime() >= r.startsAt.getTime() - early && answeredAt < instantAt(r.date, r.end),
    )
    if (!row) return
    await this.db.q.update(appointments).set({ status: 'completed' }).where(eq(appointments.number, row.number))
    await this.requests.step(actor, row.number, 'completed', call)
    await this.audit.record(actor, 'complete', row.number, {
      before: { status: row.status },
      after: { status: 'completed' },
    })
  }

  /** Per conversation, its next active appointment that has not ended by `now` (joined from the chat). */
  async nextOf(consultationIds: string[], now: Date): Promise<Map<string, NextAppointment>> {
    const next = new Map<string, NextAppointment>()
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
      next.set(r.consultationId, { number: r.number, startsAt: r.startsAt.toISOString(), endsAt: endsAt.toISOString() })
    }
    return next
  }
}
