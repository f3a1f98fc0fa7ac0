import { Controller } from '@nestjs/common'
import {
  dcRoutes,
  type BookingRule,
  type CalendarDay,
  type DcAppointment,
  type DcInput,
  type DcItemBooking,
  type DcSchedule,
  type WeekChangeEffect,
  type SlotDay,
} from '@pocket/contract'
import { Input, Route } from '#common'
import { CurrentActor, type Actor } from '../common/actor.js'
import { BookingService } from './booking.service.js'
import { ScheduleService } from './schedule.service.js'
import { SlotsService } from './slots.service.js'
import { StaffDeskService } from './staff-desk.service.js'

@Controller()
export class BookingController {
  constructor(
    private readonly service: BookingService,
    private readonly desk: StaffDeskService,
    private readonly schedules: ScheduleService,
    private readonly slotRules: SlotsService,
  ) {}

  @Route(dcRoutes.itemBooking)
  itemBooking(@Input() { params }: DcInput<'itemBooking'>): Promise<DcItemBooking> {
    return this.slotRules.itemBooking(params.code)
  }

  @Route(dcRoutes.slots)
  slots(@Input() { params, query }: DcInput<'slots'>): Promise<SlotDay> {
    return this.slotRules.slots(params.id, query.item, query.date)
  }

  @Route(dcRoutes.book)
  book(@CurrentActor() actor: Actor, @Input() { body }: DcInput<'book'>): Promise<DcAppointment> {
    return this.service.book(actor, body)
  }

  @Route(dcRoutes.accountAppointments)
  ofAccount(
    @CurrentActor() actor: Actor,
    @Input() { params }: DcInput<'accountAppointments'>,
  ): Promise<{ items: DcAppointment[] }> {
    return this.service.ofAccount(actor, params.id)
  }

  @Route(dcRoutes.appointment)
  get(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'appointment'>): Promise<DcAppointment> {
    return this.service.get(actor, params.number)
  }

  @Route(dcRoutes.cancelAppointment)
  cancel(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'cancelAppointment'>): Promise<DcAppointment> {
    return this.service.cancel(actor, params.number)
  }

  @Route(dcRoutes.rescheduleAppointment)
  reschedule(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'rescheduleAppointment'>,
  ): Promise<DcAppointment> {
    return this.service.reschedule(actor, params.number, body)
  }

  @Route(dcRoutes.staffQueue)
  queue(
    @CurrentActor() actor: Actor,
    @Input() { params, query }: DcInput<'staffQueue'>,
  ): Promise<{ items: DcAppointment[] }> {
    return this.desk.queue(actor, params.id, query.date)
  }

  @Route(dcRoutes.staffAction)
  act(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'staffAction'>): Promise<DcAppointment> {
    return this.desk.act(actor, params.number, params.action)
  }

  @Route(dcRoutes.schedule)
  schedule(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'schedule'>): Promise<DcSchedule> {
    return this.schedules.get(actor, params.id)
  }

  @Route(dcRoutes.previewWeek)
  previewWeek(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'previewWeek'>,
  ): Promise<WeekChangeEffect> {
    return this.schedules.previewWeek(actor, params.id, body.weekly)
  }

  @Route(dcRoutes.replaceWeek)
  replaceWeek(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'replaceWeek'>): Promise<DcSchedule> {
    return this.schedules.replaceWeek(actor, params.id, body.weekly)
  }

  @Route(dcRoutes.closeDay)
  closeDay(@CurrentActor() actor: Actor, @Input() { params, body }: DcInput<'closeDay'>): Promise<DcSchedule> {
    return this.schedules.close(actor, params.id, params.date, body.reason)
  }

  @Route(dcRoutes.reopenDay)
  reopenDay(@CurrentActor() actor: Actor, @Input() { params }: DcInput<'reopenDay'>): Promise<DcSchedule> {
    return this.schedules.reopen(actor, params.id, params.date)
  }

  @Route(dcRoutes.setBookingRule)
  setBookingRule(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'setBookingRule'>,
  ): Promise<BookingRule> {
    return this.slotRules.setRule(actor, params.code, body)
  }

  @Route(dcRoutes.setCalendarDay)
  setCalendarDay(
    @CurrentActor() actor: Actor,
    @Input() { params, body }: DcInput<'setCalendarDay'>,
  ): Promise<CalendarDay> {
    return this.slotRules.setCalendarDay(actor, params.date, body)
  }
}
