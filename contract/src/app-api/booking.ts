import { z } from 'zod'
import { userText } from '../user-text.js'
import { Instant, LocalClock, LocalDay, Phone, RecordId, RegionCode } from '../common.js'
import type { NoticeKey } from '../notices.js'
import type { RouteTable } from '../route.js'
import { Institution } from './directory.js'
import { Rating, RatingSummary } from './ratings.js'
import { RequestNumber, TimelineEntry } from './requests.js'

export const BookingRule = z
  .object({ minNoticeMinutes: z.number().int(), horizonDays: z.number().int() })
  .meta({ id: 'BookingRule' })
export type BookingRule = z.infer<typeof BookingRule>

/** How an item is booked, and where: nearest first with a position, else the caller's county first. */
export const BookingPlace = Institution.extend({ rating: RatingSummary }).meta({ id: 'BookingPlace' })
export type BookingPlace = z.infer<typeof BookingPlace>

export const ItemBooking = z
  .object({ rule: BookingRule.nullable(), institutions: z.array(BookingPlace) })
  .meta({ id: 'ItemBooking' })
export type ItemBooking = z.infer<typeof ItemBooking>

export const ItemBookingQuery = z.object({
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  /** The caller's county (or any region below it): its institutions come first when there is no position. */
  region: RegionCode.optional(),
})
export type ItemBookingQuery = z.infer<typeof ItemBookingQuery>

/** One seat time of an institution on one day. */
export const Slot = z
  .object({
    start: LocalClock,
    end: LocalClock,
    startsAt: Instant,
    seats: z.number().int(),
    left: z.number().int(),
    /** False when full, or too soon to book (the item's minimum notice). */
    bookable: z.boolean(),
  })
  .meta({ id: 'Slot' })
export type Slot = z.infer<typeof Slot>

/** Why a day has no slots. */
export const ClosedReason = z.enum(['holiday', 'closure', 'no_schedule', 'outside_horizon', 'not_offered'])
export type ClosedReason = z.infer<typeof ClosedReason>

export const SlotDay = z
  .object({
    date: LocalDay,
    /** The first and last days the item can be booked, as of now. */
    firstDate: LocalDay,
    lastDate: LocalDay,
    closed: z.object({ reason: ClosedReason, name: z.string().nullable() }).nullable(),
    slots: z.array(Slot),
  })
  .meta({ id: 'SlotDay' })
export type SlotDay = z.infer<typeof SlotDay>

export const AppointmentStatus = z.enum(['booked', 'checked_in', 'completed', 'cancelled', 'no_show'])
export type AppointmentStatus = z.infer<typeof AppointmentStatus>

export const Appointment = z
  .object({
    /** The unified request number (统一编号), also the booking's id. */
    number: RequestNumber,
    status: AppointmentStatus,
    item: z.object({ code: z.string(), name: z.string() }),
    institution: z.object({ id: z.string(), name: z.string(), address: z.string(), phone: z.string() }),
    date: LocalDay,
    start: LocalClock,
    end: LocalClock,
    startsAt: Instant,
    topic: z.string(),
    note: z.string(),
    /** Masked: 139****0001. */
    contactPhone: z.string(),
    createdAt: Instant,
    timeline: z.array(TimelineEntry),
    /** Cancel and reschedule are open until the start. */
    canChange: z.boolean(),
    /** The resident's rating, once given (only a completed booking can be rated). */
    rating: Rating.nullable(),
    /** 视频咨询: the conversation whose adviser the resident meets on video; both join the call from it. */
    video: z.object({ consultationId: z.string(), adviserName: z.string(), endsAt: Instant }).nullable(),
  })
  .meta({ id: 'Appointment' })
export type Appointment = z.infer<typeof Appointment>

export const AppointmentList = z.object({ items: z.array(Appointment) }).meta({ id: 'AppointmentList' })
export type AppointmentList = z.infer<typeof AppointmentList>

/** Control characters other than line breaks and tabs: never part of what a person typed. */
const hasControl = (s: string): boolean =>
  [...s].some((c) => {
    const code = c.charCodeAt(0)
    return (code < 32 && c !== '\n' && c !== '\r' && c !== '\t') || code === 127
  })

/** A short text a person writes, with the notices for one too long and one with control characters. */
const Text = (max: number, tooLong: NoticeKey, badChars: NoticeKey) =>
  userText(
    z
      .string()
      .trim()
      .max(max, tooLong)
      .refine((s) => !hasControl(s), badChars),
  )

export const BookAppointmentBody = z
  .object({
    itemCode: RecordId,
    institutionId: RecordId,
    date: LocalDay,
    start: LocalClock,
    topic: Text(60, 'form.topicTooLong', 'form.topicBadChars').pipe(z.string().min(1, 'form.topic')),
    note: Text(500, 'form.noteTooLong', 'form.noteBadChars').default(''),
    /** Left out: the phone of the account. */
    contactPhone: Phone.optional(),
  })
  .meta({ id: 'BookAppointmentBody' })
export type BookAppointmentBody = z.infer<typeof BookAppointmentBody>

export const RescheduleBody = z.object({ date: LocalDay, start: LocalClock }).meta({ id: 'RescheduleBody' })
export type RescheduleBody = z.infer<typeof RescheduleBody>

/** A client-made key (e.g. a UUID) that makes a retried booking return the first one. */
export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'form.idempotencyKey')
  .meta({ id: 'IdempotencyKey', example: '5f0c6c1e-2b1d-4c55-9d7a-8d8f2b0d9a11' })

export const ClientKind = z.enum(['weapp', 'h5'])
export type ClientKind = z.infer<typeof ClientKind>

const NumberParam = z.object({ number: RequestNumber })

const SEATS = 'form.seats'

/** One half-hour (or longer) of the weekly template, with its seats; 0 seats: not offered. */
export const WeeklySlot = z
  .object({
    weekday: z.number().int().min(1).max(7),
    start: LocalClock,
    end: LocalClock,
    seats: z.number().int(SEATS).min(0, SEATS).max(50, SEATS),
  })
  .meta({ id: 'WeeklySlot' })
export type WeeklySlot = z.infer<typeof WeeklySlot>

/** An institution's week and coming closures, as its staff see and edit them. */
export const Schedule = z
  .object({
    institution: z.object({ id: z.string(), name: z.string() }),
    weekly: z.array(WeeklySlot),
    closures: z.array(z.object({ date: LocalDay, reason: z.string() })),
    /** Bookings the last change cancelled (their residents are told). */
    cancelled: z.number().int(),
  })
  .meta({ id: 'Schedule' })
export type Schedule = z.infer<typeof Schedule>

/** The whole weekly template, as staff save it at once. */
export const ScheduleWeek = z
  .object({ weekly: z.array(WeeklySlot).max(7 * 48, 'form.weekTooLong') })
  .meta({ id: 'ScheduleWeek' })
export type ScheduleWeek = z.infer<typeof ScheduleWeek>

/** What saving a weekly template would do to coming bookings, before it is saved. */
export const WeekChangeEffect = z
  .object({
    /** Coming bookings that would be cancelled (their residents told). */
    cancelled: z.number().int(),
    /** Where, slot by slot, soonest first. */
    slots: z.array(z.object({ date: LocalDay, start: LocalClock, cancelled: z.number().int() })),
  })
  .meta({ id: 'WeekChangeEffect' })
export type WeekChangeEffect = z.infer<typeof WeekChangeEffect>

export const ScheduleClosureBody = z
  .object({ reason: userText(z.string().trim().min(1, 'form.reason').max(40, 'form.reasonTooLong')) })
  .meta({ id: 'ScheduleClosureBody' })

/** Slots, appointments: booking a service at a center or workstation. */
export const bookingRoutes = {
  itemBooking: {
    method: 'get',
    path: '/catalog/items/{code}/booking',
    tag: 'booking',
    auth: false,
    summary: '事项的预约规则及办理机构（有定位时由近及远）',
    params: z.object({ code: RecordId }),
    query: ItemBookingQuery,
    response: ItemBooking,
    errors: ['NOT_FOUND'],
  },
  institutionSlots: {
    method: 'get',
    path: '/institutions/{id}/slots',
    tag: 'booking',
    auth: false,
    summary: '某机构某日可预约的时段',
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
    summary: '预约（同一 Idempotency-Key 重试返回同一预约）',
    headers: z.object({ 'idempotency-key': IdempotencyKey, 'x-client': ClientKind.default('h5') }),
    body: BookAppointmentBody,
    response: Appointment,
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
  myAppointments: {
    method: 'get',
    path: '/appointments',
    tag: 'booking',
    auth: true,
    summary: '我的预约（最近的在前）',
    response: AppointmentList,
  },
  appointment: {
    method: 'get',
    path: '/appointments/{number}',
    tag: 'booking',
    auth: true,
    summary: '预约详情及进度',
    params: NumberParam,
    response: Appointment,
    errors: ['NOT_FOUND'],
  },
  cancelAppointment: {
    method: 'post',
    path: '/appointments/{number}/cancel',
    tag: 'booking',
    auth: true,
    summary: '取消预约（开始前）',
    params: NumberParam,
    response: Appointment,
    errors: ['NOT_FOUND', 'NOT_CANCELLABLE'],
  },
  rescheduleAppointment: {
    method: 'post',
    path: '/appointments/{number}/reschedule',
    tag: 'booking',
    auth: true,
    summary: '改约：新时段约上才释放原时段',
    params: NumberParam,
    body: RescheduleBody,
    response: Appointment,
    errors: ['NOT_FOUND', 'NOT_CANCELLABLE', 'SLOT_FULL', 'SLOT_UNAVAILABLE', 'ALREADY_BOOKED'],
  },
  staffQueue: {
    method: 'get',
    path: '/workbench/appointments',
    tag: 'booking',
    auth: true,
    summary: '工作人员：本机构某日（默认今天）的预约队列',
    query: z.object({ date: LocalDay.optional() }),
    response: AppointmentList,
    errors: ['FORBIDDEN'],
  },
  staffCheckIn: {
    method: 'post',
    path: '/workbench/appointments/{number}/check-in',
    tag: 'booking',
    auth: true,
    summary: '工作人员：签到（扫码或输入编号；仅限当天）',
    params: NumberParam,
    response: Appointment,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  staffComplete: {
    method: 'post',
    path: '/workbench/appointments/{number}/complete',
    tag: 'booking',
    auth: true,
    summary: '工作人员：办结',
    params: NumberParam,
    response: Appointment,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  staffNoShow: {
    method: 'post',
    path: '/workbench/appointments/{number}/no-show',
    tag: 'booking',
    auth: true,
    summary: '工作人员：标记未到（时段开始后）',
    params: NumberParam,
    response: Appointment,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  mySchedule: {
    method: 'get',
    path: '/workbench/schedule',
    tag: 'booking',
    auth: true,
    summary: '工作人员：本机构的每周时段与闭馆日',
    response: Schedule,
    errors: ['FORBIDDEN'],
  },
  previewWeek: {
    method: 'post',
    path: '/workbench/schedule/week/preview',
    tag: 'booking',
    auth: true,
    summary: '工作人员：预览保存每周时段对已有预约的影响（不保存）',
    body: ScheduleWeek,
    response: WeekChangeEffect,
    errors: ['FORBIDDEN'],
  },
  replaceWeek: {
    method: 'put',
    path: '/workbench/schedule/week',
    tag: 'booking',
    auth: true,
    summary: '工作人员：一次保存每周时段；超出座位或不再开放的预约将取消并通知',
    body: ScheduleWeek,
    response: Schedule,
    errors: ['FORBIDDEN'],
  },
  closeDay: {
    method: 'put',
    path: '/workbench/schedule/closures/{date}',
    tag: 'booking',
    auth: true,
    summary: '工作人员：设置闭馆日；当日预约将取消并通知',
    params: z.object({ date: LocalDay }),
    body: ScheduleClosureBody,
    response: Schedule,
    errors: ['FORBIDDEN'],
  },
  reopenDay: {
    method: 'delete',
    path: '/workbench/schedule/closures/{date}',
    tag: 'booking',
    auth: true,
    summary: '工作人员：取消闭馆',
    params: z.object({ date: LocalDay }),
    response: Schedule,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
