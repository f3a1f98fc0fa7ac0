import { Injectable } from '@nestjs/common'
import type { AppointmentStatus, DcAppointment, LocalDate, NoticeKey, StaffAction } from '@pocket/contract'
import { localDateOf } from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AuditTrail } from '../audit/audit-trail.js'
import { assertSelf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { RequestsService } from '../requests/requests.service.js'
import { AppointmentsRepository, type AppointmentRow } from './appointments.repository.js'
import { BookingService } from './booking.service.js'
import { StaffInstitution } from '../accounts/staff-institution.js'

const STAFF_ACTIONS = ['check_in', 'complete', 'no_show'] as const

/** Each action: the status it needs, the status it leads to, and when it may happen. */
const RULES: Record<
  StaffAction,
  { from: AppointmentStatus; to: AppointmentStatus; audit: (typeof STAFF_ACTIONS)[number] }
> = {
  'check-in': { from: 'booked', to: 'checked_in', audit: 'check_in' },
  complete: { from: 'checked_in', to: 'completed', audit: 'complete' },
  'no-show': { from: 'booked', to: 'no_show', audit: 'no_show' },
}

const REFUSED: Record<StaffAction, NoticeKey> = {
  'check-in': 'desk.notWaiting',
  complete: 'desk.notCheckedIn',
  'no-show': 'desk.notWaiting',
}

/** The service desk: staff see and move the bookings of their own institution only. */
@Injectable()
export class StaffDeskService {
  private readonly audit

  constructor(
    private readonly repo: AppointmentsRepository,
    private readonly staff: StaffInstitution,
    private readonly bookings: BookingService,
    private readonly requests: RequestsService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('appointment', STAFF_ACTIONS)
  }

  async queue(actor: Actor, accountId: string, date?: LocalDate): Promise<{ items: DcAppointment[] }> {
    assertSelf(actor, accountId)
    const institutionId = (await this.staff.of(actor)).id
    const rows = await this.repo.ofInstitutionOnDay(institutionId, date ?? localDateOf(Date.now()))
    return { items: await this.bookings.views(rows) }
  }

  async act(actor: Actor, number: string, action: StaffAction): Promise<DcAppointment> {
    const institutionId = (await this.staff.of(actor)).id
    await this.tx.run(async () => {
      const row = await this.repo.lock(number)
      // Another institution's booking is as unknown to this desk as a number that does not exist.
      if (!row || row.institutionId !== institutionId) notFound('appointment')
      const rule = RULES[action]
      if (row.status !== rule.from) throw new AppError('CONFLICT', { key: REFUSED[action] })
      this.assertTiming(row, action)
      await this.repo.update(number, { status: rule.to })
      await this.requests.step(actor, number, rule.to)
      await this.audit.record(actor, rule.audit, number, { before: { status: row.status }, after: { status: rule.to } })
    })
    return this.bookings.view(number)
  }

  private assertTiming(row: AppointmentRow, action: StaffAction): void {
    if (action === 'check-in' && row.date !== localDateOf(Date.now()))
      throw new AppError('CONFLICT', { key: 'desk.checkInOnTheDay', params: { date: row.date } })
    if (action === 'no-show' && row.startsAt.getTime() > Date.now())
      throw new AppError('CONFLICT', { key: 'desk.notStartedYet' })
  }
}
