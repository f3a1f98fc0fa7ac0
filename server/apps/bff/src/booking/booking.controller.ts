import { Controller, Req } from '@nestjs/common'
import {
  appRoutes,
  type AppInput,
  type Appointment,
  type AppointmentList,
  type Schedule,
  type WeekChangeEffect,
  type ItemBooking,
  type SlotDay,
} from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { Input, Route } from '#common'
import { CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { BookingService } from './booking.service.js'

@Controller()
export class BookingController {
  constructor(private readonly service: BookingService) {}

  @Route(appRoutes.itemBooking)
  itemBooking(@Input() { params, query }: AppInput<'itemBooking'>, @Req() req: FastifyRequest): Promise<ItemBooking> {
    return this.service.itemBooking(params.code, query, String(req.id))
  }

  @Route(appRoutes.institutionSlots)
  slots(@Input() { params, query }: AppInput<'institutionSlots'>, @Req() req: FastifyRequest): Promise<SlotDay> {
    return this.service.slots(params.id, query.item, query.date, String(req.id))
  }

  @Route(appRoutes.book)
  @Roles('resident')
  book(@CurrentUser() user: AuthUser, @Input() { headers, body }: AppInput<'book'>): Promise<Appointment> {
    return this.service.book(user, body, headers['idempotency-key'], headers['x-client'])
  }

  @Route(appRoutes.myAppointments)
  mine(@CurrentUser() user: AuthUser): Promise<AppointmentList> {
    return this.service.mine(user)
  }

  @Route(appRoutes.appointment)
  get(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'appointment'>): Promise<Appointment> {
    return this.service.get(user, params.number)
  }

  @Route(appRoutes.cancelAppointment)
  cancel(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'cancelAppointment'>): Promise<Appointment> {
    return this.service.cancel(user, params.number)
  }

  @Route(appRoutes.staffQueue)
  @Roles('staff')
  queue(@CurrentUser() user: AuthUser, @Input() { query }: AppInput<'staffQueue'>): Promise<AppointmentList> {
    return this.service.queue(user, query.date)
  }

  @Route(appRoutes.staffCheckIn)
  @Roles('staff')
  checkIn(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'staffCheckIn'>): Promise<Appointment> {
    return this.service.staffAction(user, params.number, 'check-in')
  }

  @Route(appRoutes.staffComplete)
  @Roles('staff')
  complete(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'staffComplete'>): Promise<Appointment> {
    return this.service.staffAction(user, params.number, 'complete')
  }

  @Route(appRoutes.staffNoShow)
  @Roles('staff')
  noShow(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'staffNoShow'>): Promise<Appointment> {
    return this.service.staffAction(user, params.number, 'no-show')
  }

  @Route(appRoutes.mySchedule)
  @Roles('staff')
  schedule(@CurrentUser() user: AuthUser): Promise<Schedule> {
    return this.service.schedule(user)
  }

  @Route(appRoutes.previewWeek)
  @Roles('staff')
  previewWeek(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'previewWeek'>): Promise<WeekChangeEffect> {
    return this.service.previewWeek(user, body)
  }

  @Route(appRoutes.replaceWeek)
  @Roles('staff')
  replaceWeek(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'replaceWeek'>): Promise<Schedule> {
    return this.service.replaceWeek(user, body)
  }

  @Route(appRoutes.closeDay)
  @Roles('staff')
  closeDay(@CurrentUser() user: AuthUser, @Input() { params, body }: AppInput<'closeDay'>): Promise<Schedule> {
    return this.service.closeDay(user, params.date, body.reason)
  }

  @Route(appRoutes.reopenDay)
  @Roles('staff')
  reopenDay(@CurrentUser() user: AuthUser, @Input() { params }: AppInput<'reopenDay'>): Promise<Schedule> {
    return this.service.reopenDay(user, params.date)
  }

  @Route(appRoutes.rescheduleAppointment)
  reschedule(
    @CurrentUser() user: AuthUser,
    @Input() { params, body }: AppInput<'rescheduleAppointment'>,
  ): Promise<Appointment> {
    return this.service.reschedule(user, params.number, body)
  }
}
