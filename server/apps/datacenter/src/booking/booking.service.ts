import { Injectable } from '@nestjs/common'
import type { DcAppointment, DcBookBody, NoticeKey, NoticeOf, RescheduleBody } from '@pocket/contract'
import { AppError, maskPhone, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { AuditTrail } from '../audit/audit-trail.js'
import { accountIdOf, assertSelf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { NotificationsService, type BookingFacts } from '../notifications/notifications.service.js'
import { RequestsService } from '../requests/requests.service.js'
import { toDcAppointment } from './appointment.mapper.js'
import { AppointmentsRepository, type AppointmentRecord, type AppointmentRow } from './appointments.repository.js'
import { BookingItems } from './item-parties.js'
import { PartyAppointments } from './party-appointments.js'
import { SlotsService } from './slots.service.js'

const APPOINTMENT_ACTIONS = ['book', 'cancel', 'reschedule'] as const

/** Booking: a slot's seat taken for a resident, one number per booking, moved or cancelled until it starts. */
@Injectable()
export class BookingService {
  private readonly audit

  constructor(
    private readonly repo: AppointmentsRepository,
    private readonly slots: SlotsService,
    private readonly requests: RequestsService,
    private readonly accounts: AccountLookup,
    private readonly notifications: NotificationsService,
    private readonly items: BookingItems,
    private readonly parties: PartyAppointments,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('appointment', APPOINTMENT_ACTIONS)
  }

  async book(actor: Actor, body: DcBookBody): Promise<DcAppointment> {
    const accountId = accountIdOf(actor)
    if (!accountId || actor.role !== 'resident') throw new AppError('FORBIDDEN', { key: 'booking.residentsOnly' })
    const { idempotencyKey, ...request } = body
    const number = await this.tx.run(() =>
      this.requests.once(accountId, idempotencyKey, request, async () => {
        const item = await this.slots.item(request.itemCode)
        const contactPhone =
          request.contactPhone ??
          (await this.accounts.byId(accountId))?.phone ??
          fail('VALIDATION_FAILED', 'booking.contactPhone', { field: 'contactPhone' })
        const party = await this.items.partyFor(request.itemCode, accountId, request.institutionId)
        const slot = await this.slots.take(request.institutionId, request.itemCode, request.date, request.start)
        await this.parties.assertFree(party, new Date(slot.startsAt), null)
        const created = await this.requests.open(
          actor,
          {
            kind: 'appointment',
            channel: request.channel,
            accountId,
            contactPhone,
            title: item.name,
            institutionId: request.institutionId,
          },
          'booked',
        )
        const inserted = await this.repo.insert({
          number: created,
          accountId,
          itemCode: request.itemCode,
          institutionId: request.institutionId,
          date: request.date,
          start: slot.start,
          end: slot.end,
          startsAt: new Date(slot.startsAt),
          status: 'booked',
          topic: request.topic,
          note: request.note,
          consultationId: party?.consultationId ?? null,
          adviserPersonId: party?.adviserPersonId ?? null,
        })
        if (!inserted) throw new AppError('ALREADY_BOOKED', { key: 'booking.alreadyBooked' })
        await this.notifications.booked(await this.factsOf(created))
        await this.audit.record(actor, 'book', created, {
          before: null,
          after: { ...request, contactPhone: maskPhone(contactPhone) },
        })
        return created
      }),
    )
    return this.view(number)
  }

  async get(actor: Actor, number: string): Promise<DcAppointment> {
    const appointment = await this.view(number)
    if (appointment.accountId !== accountIdOf(actor)) notFound('appointment')
    return appointment
  }

  async ofAccount(actor: Actor, accountId: string): Promise<{ items: DcAppointment[] }> {
    assertSelf(actor, accountId)
    return { items: await this.views(await this.repo.ofAccount(accountId)) }
  }

  async cancel(actor: Actor, number: string): Promise<DcAppointment> {
    await this.tx.run(async () => {
      const row = await this.changeable(actor, number)
      await this.repo.update(number, { status: 'cancelled' })
      await this.slots.release(row.institutionId, row.startsAt)
      await this.requests.step(actor, number, 'cancelled')
      await this.notifications.cancelled(await this.factsOf(number))
      await this.audit.record(actor, 'cancel', number, {
        before: { status: row.status },
        after: { status: 'cancelled' },
      })
    })
    return this.view(number)
  }

  /**
   * Cancels a booking because the institution changed its schedule: call inside the change's
   * transaction; the resident is told through the notifications outbox.
   */
  async cancelForInstitution(actor: Actor, row: AppointmentRow, reason: NoticeOf): Promise<void> {
    await this.repo.update(row.number, { status: 'cancelled' })
    await this.slots.release(row.institutionId, row.startsAt)
    await this.requests.step(actor, row.number, 'cancelled', reason)
    await this.notifications.cancelled(await this.factsOf(row.number))
    await this.audit.record(actor, 'cancel', row.number, {
      before: { status: row.status },
      after: { status: 'cancelled', reason },
    })
  }

  /** Takes the new seat first; the old one is freed only in the same transaction, so either both happen or neither. */
  async reschedule(actor: Actor, number: string, to: RescheduleBody): Promise<DcAppointment> {
    await this.tx.run(async () => {
      const row = await this.changeable(actor, number)
      if (row.date === to.date && row.start === to.start) return
      if (await this.repo.activeOnDay(row.accountId, row.itemCode, to.date, number))
        throw new AppError('ALREADY_BOOKED', { key: 'booking.alreadyBookedThatDay' })
      const slot = await this.slots.take(row.institutionId, row.itemCode, to.date, to.start)
      const party =
        row.consultationId && row.adviserPersonId
          ? { consultationId: row.consultationId, adviserPersonId: row.adviserPersonId }
          : null
      await this.parties.assertFree(party, new Date(slot.startsAt), number)
      await this.repo.update(number, {
        date: to.date,
        start: slot.start,
        end: slot.end,
        startsAt: new Date(slot.startsAt),
      })
      await this.slots.release(row.institutionId, row.startsAt)
      await this.requests.step(actor, number, 'rescheduled', {
        key: 'timeline.rescheduled',
        params: { fromDate: row.date, fromStart: row.start, toDate: to.date, toStart: slot.start },
      })
      await this.notifications.rescheduled(await this.factsOf(number))
      await this.audit.record(actor, 'reschedule', number, {
        before: { date: row.date, start: row.start },
        after: { date: to.date, start: slot.start },
      })
    })
    return this.view(number)
  }

  /** What a notification about a booking tells, read inside the transaction that changed it. */
  private async factsOf(number: string): Promise<BookingFacts> {
    const r = (await this.repo.record(number)) ?? notFound('appointment')
    // A 视频咨询's adviser is told too, on the account they use (the first they made).
    const [adviserAccount] = r.adviserPersonId ? await this.accounts.idsOfPerson(r.adviserPersonId) : []
    const resident = adviserAccount ? ((await this.accounts.byId(r.accountId))?.displayName ?? '') : ''
    return {
      adviser: adviserAccount ? { accountId: adviserAccount, resident } : null,
      number,
      accountId: r.accountId,
      contactPhone: r.contactPhone,
      item: r.itemName,
      place: r.institution.name,
      date: r.date,
      start: r.start,
      end: r.end,
      startsAt: r.startsAt,
    }
  }

  /** The caller's own booking, locked, still before its start and not ended. */
  private async changeable(actor: Actor, number: string): Promise<AppointmentRow> {
    const row = await this.repo.lock(number)
    if (!row || row.accountId !== accountIdOf(actor)) notFound('appointment')
    if (row.status !== 'booked') throw new AppError('NOT_CANCELLABLE', { key: 'booking.ended' })
    if (row.startsAt.getTime() <= Date.now()) throw new AppError('NOT_CANCELLABLE', { key: 'booking.started' })
    return row
  }

  /** One appointment as the data center answers it, with its timeline. */
  async view(number: string): Promise<DcAppointment> {
    const [appointment] = await this.views([(await this.repo.record(number)) ?? notFound('appointment')])
    return appointment
  }

  /** Appointments with their timelines, read in one query whatever the list's length. */
  async views(rows: AppointmentRecord[]): Promise<DcAppointment[]> {
    const timelines = await this.requests.timelines(rows.map((r) => r.number))
    return rows.map((r) => toDcAppointment(r, timelines.get(r.number) ?? []))
  }
}

function fail(code: 'VALIDATION_FAILED', key: NoticeKey, details: Record<string, string>): never {
  throw new AppError(code, { key }, details)
}
