import { z } from 'zod'
import { LocalDay, RecordId } from '../common.js'
import { PHONE_LAST4_PATTERN } from '../constants.js'
import {
  Appointment,
  BookAppointmentBody,
  BookingRule,
  IdempotencyKey,
  RescheduleBody,
  Schedule,
  ScheduleClosureBody,
  ScheduleWeek,
  WeekChangeEffect,
  SlotDay,
} from '../app-api/booking.js'
import { RatingSummary } from '../app-api/ratings.js'
import { RequestList, RequestNumber, RequestProgress } from '../app-api/requests.js'
import type { RouteTable } from '../route.js'
import { DcInstitution } from './directory.js'

/** Where a request came in; its digit is part of the unified number. */
export const Channel = z.enum(['hotline', 'hall', 'web', 'miniprogram'])
export type Channel = z.infer<typeof Channel>

/** The data center's record: the full contact phone (the BFF masks it) and its owner. */
export const DcAppointment = Appointment.extend({ accountId: z.string(), channel: Channel }).meta({
  id: 'DcAppointment',
})
export type DcAppointment = z.infer<typeof DcAppointment>

export const DcBookBody = BookAppointmentBody.extend({ channel: Channel, idempotencyKey: IdempotencyKey }).meta({
  id: 'DcBookBody',
})
export type DcBookBody = z.infer<typeof DcBookBody>

export const CalendarDayKind = z.enum(['holiday', 'workday', 'normal'])
export const CalendarDay = z
  .object({
    date: LocalDay,
    /** holiday: closed; workday: a make-up working day (调休) on a weekend; normal: as the week says. */
    kind: CalendarDayKind,
    name: z.string().max(40),
    /** The weekday whose schedule a make-up working day follows (1 = Monday). */
    asWeekday: z.number().int().min(1).max(7).nullable().default(null),
  })
  .meta({ id: 'CalendarDay' })
export type CalendarDay = z.infer<typeof CalendarDay>

const NumberParam = z.object({ number: RequestNumber })

export const DcBookingPlace = DcInstitution.extend({ rating: RatingSummary }).meta({ id: 'DcBookingPlace' })
export type DcBookingPlace = z.infer<typeof DcBookingPlace>

export const DcItemBooking = z
  .object({ rule: BookingRule.nullable(), institutions: z.array(DcBookingPlace) })
  .meta({ id: 'DcItemBooking' })
export type DcItemBooking = z.infer<typeof DcItemBooking>

/** What staff do to a booking at their institution. */
export const StaffAction = z.enum(['check-in', 'complete', 'no-show'])
export type StaffAction = z.infer<typeof StaffAction>

/** The data center answers with the same shape staff see. */
export const DcSchedule = Schedule.meta({ id: 'DcSchedule' })
export type DcSchedule = z.infer<typeof DcSchedule>

const StaffParam = z.object({ id: RecordId })

export const dcBookingRoutes = {
  itemBooking: {
    method: 'get',
    path: '/catalog/items/{code}/booking',
    tag: 'booking',
    auth: true,
    summary: "An item's booking rule and the institutions that take bookings for it",
    params: z.object({ code: RecordId }),
    response: DcItemBooking,
    errors: ['NOT_FOUND'],
  },
  slots: {
    method: 'get',
    path: '/institutions/{id}/slots',
    tag: 'booking',
    auth: true,
    summary: 'Slots of an institution on a day for an item: weekly schedule minus holidays and closures',
    params: z.object({ id: RecordId }),
    query: z.object({ item: RecordId, date: LocalDay }),
    response: SlotDay,
    errors: ['NOT_FOUND'],
  },
  book: {
    method: 'post',
    path: '/appointments',
    tag: 'booking',
    auth: true,
    summary: 'Book a seat for the acting resident (atomic; idempotent on the key)',
    body: DcBookBody,
    response: DcAppointment,
    status: 201,
    errors: [
      'FORBIDDEN',
      'NOT_FOUND',
      'SLOT_FULL',
      'SLOT_UNAVAILABLE',
      'ALREADY_BOOKED',
      'IDEMPOTENCY_KEY_REUSED',
      'VILLAGE_NOT_SET',
    ],
  },
  accountAppointments: {
    method: 'get',
    path: '/accounts/{id}/appointments',
    tag: 'booking',
    auth: true,
    summary: 'Appointments of an account, latest slot first',
    params: z.object({ id: RecordId }),
    response: z.object({ items: z.array(DcAppointment) }).meta({ id: 'DcAppointmentList' }),
    errors: ['FORBIDDEN'],
  },
  appointment: {
    method: 'get',
    path: '/appointments/{number}',
    tag: 'booking',
    auth: true,
    summary: 'One appointment with its timeline (its owner only)',
    params: NumberParam,
    response: DcAppointment,
    errors: ['NOT_FOUND'],
  },
  cancelAppointment: {
    method: 'post',
    path: '/appointments/{number}/cancel',
    tag: 'booking',
    auth: true,
    summary: 'Cancel before the start; frees the seat',
    params: NumberParam,
    response: DcAppointment,
    errors: ['NOT_FOUND', 'NOT_CANCELLABLE'],
  },
  rescheduleAppointment: {
    method: 'post',
    path: '/appointments/{number}/reschedule',
    tag: 'booking',
    auth: true,
    summary: 'Move to another slot; the old seat is freed only when the new one is taken',
    params: NumberParam,
    body: RescheduleBody,
    response: DcAppointment,
    errors: ['NOT_FOUND', 'NOT_CANCELLABLE', 'SLOT_FULL', 'SLOT_UNAVAILABLE', 'ALREADY_BOOKED'],
  },
  staffQueue: {
    method: 'get',
    path: '/accounts/{id}/queue',
    tag: 'booking',
    auth: true,
    summary: "A staff member's institution's appointments on a day (today on Beijing time by default)",
    params: z.object({ id: RecordId }),
    query: z.object({ date: LocalDay.optional() }),
    response: z.object({ items: z.array(DcAppointment) }).meta({ id: 'DcQueue' }),
    errors: ['FORBIDDEN'],
  },
  staffAction: {
    method: 'post',
    path: '/appointments/{number}/{action}',
    tag: 'booking',
    auth: true,
    summary: 'Check in, complete or mark a no-show (staff of the institution)',
    params: NumberParam.extend({ action: StaffAction }),
    response: DcAppointment,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  schedule: {
    method: 'get',
    path: '/accounts/{id}/schedule',
    tag: 'booking',
    auth: true,
    summary: "A staff member's institution's week and coming closures",
    params: StaffParam,
    response: DcSchedule,
    errors: ['FORBIDDEN'],
  },
  previewWeek: {
    method: 'post',
    path: '/accounts/{id}/schedule/week/preview',
    tag: 'booking',
    auth: true,
    summary: 'What saving this weekly template would cancel among coming bookings (nothing is saved)',
    params: StaffParam,
    body: ScheduleWeek,
    response: WeekChangeEffect,
    errors: ['FORBIDDEN'],
  },
  replaceWeek: {
    method: 'put',
    path: '/accounts/{id}/schedule/week',
    tag: 'booking',
    auth: true,
    summary:
      'Save the whole weekly template; coming bookings beyond the new seats, or in slots no longer offered, are cancelled and told',
    params: StaffParam,
    body: ScheduleWeek,
    response: DcSchedule,
    errors: ['FORBIDDEN'],
  },
  closeDay: {
    method: 'put',
    path: '/accounts/{id}/schedule/closures/{date}',
    tag: 'booking',
    auth: true,
    summary: "Close the institution on a day; that day's bookings are cancelled and their residents told",
    params: StaffParam.extend({ date: LocalDay }),
    body: ScheduleClosureBody,
    response: DcSchedule,
    errors: ['FORBIDDEN'],
  },
  reopenDay: {
    method: 'delete',
    path: '/accounts/{id}/schedule/closures/{date}',
    tag: 'booking',
    auth: true,
    summary: 'Open a closed day again',
    params: StaffParam.extend({ date: LocalDay }),
    response: DcSchedule,
    errors: ['FORBIDDEN'],
  },
  accountRequests: {
    method: 'get',
    path: '/accounts/{id}/requests',
    tag: 'requests',
    auth: true,
    summary: 'Every request of an account, of every kind, newest first',
    params: z.object({ id: RecordId }),
    response: RequestList,
    errors: ['FORBIDDEN'],
  },
  requestProgress: {
    method: 'get',
    path: '/requests/{number}',
    tag: 'requests',
    auth: true,
    summary: 'Progress by number and the last 4 digits of the contact phone (system actor)',
    params: NumberParam,
    query: z.object({ phoneLast4: z.string().regex(new RegExp(PHONE_LAST4_PATTERN), 'form.phoneLast4') }),
    response: RequestProgress,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  },
  setCalendarDay: {
    method: 'put',
    path: '/calendar/days/{date}',
    tag: 'booking',
    auth: true,
    summary: 'Mark a public holiday or a make-up working day (调休), or clear the mark (system actor)',
    params: z.object({ date: LocalDay }),
    body: CalendarDay.omit({ date: true }).meta({ id: 'CalendarDayBody' }),
    response: CalendarDay,
    errors: ['FORBIDDEN'],
  },
  setBookingRule: {
    method: 'put',
    path: '/catalog/items/{code}/booking-rule',
    tag: 'booking',
    auth: true,
    summary: "Set an item's minimum notice and booking horizon (system actor); bookings already made stand",
    params: z.object({ code: RecordId }),
    body: z
      .object({
        minNoticeMinutes: z.number().int().min(0, 'form.minNotice').max(10_080, 'form.minNotice'),
        horizonDays: z.number().int().min(1, 'form.horizonDays').max(90, 'form.horizonDays'),
      })
      .meta({ id: 'BookingRuleBody' }),
    response: BookingRule,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  },
} as const satisfies RouteTable
