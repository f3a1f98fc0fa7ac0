import { z } from 'zod'
import type { RouteTable } from '../route.js'

/** What a resident (or an adviser) is told about a request or a conversation. */
export const NotificationKind = z.enum([
  'booking_confirmed',
  'booking_cancelled',
  'booking_rescheduled',
  'booking_reminder',
  /** A legal aid application's steps, told to the applicant. */
  'legal_aid_accepted',
  'legal_aid_rejected',
  'legal_aid_assigned',
  'legal_aid_closed',
  /** The office answered a complaint (or its review), told to the complainant. */
  'complaint_answered',
  /** A 视频咨询 with them, told to the adviser: booked, cancelled, moved, about to start. */
  'video_booked',
  'video_cancelled',
  'video_rescheduled',
  'video_reminder',
  /** The adviser answered, and the resident's app is closed. */
  'consult_reply',
  /** A resident asked, and the adviser's app is closed. */
  'consult_question',
  /** A call rang out unanswered, and the callee's app is closed. */
  'call_missed',
])
export type NotificationKind = z.infer<typeof NotificationKind>

/** One message to send: the BFF picks the driver (WeChat subscribe message, else SMS). */
export const DcNotification = z
  .object({
    id: z.number().int(),
    kind: NotificationKind,
    /** The request it is about (booking notices); null for a consultation's. */
    number: z.string().nullable(),
    /** The conversation it is about (consultation notices). */
    consultationId: z.string().nullable(),
    /** Where an SMS goes: the request's contact phone, or the account's. */
    phone: z.string().nullable(),
    /** The resident's mini-program openid, when they have one. */
    openid: z.string().nullable(),
    /** The service (booking), or who wrote (consultation). */
    item: z.string(),
    /** The office (booking), or the village (consultation). */
    place: z.string(),
    /** Beijing time, for people: 2026-12-01 09:00-09:30 */
    when: z.string(),
    attempts: z.number().int(),
    /** The person asked that notices say only that there is something new. */
    discreet: z.boolean(),
  })
  .meta({ id: 'DcNotification' })
export type DcNotification = z.infer<typeof DcNotification>

const Worker = z.string().regex(/^[\w.:-]{1,64}$/)

export const dcNotificationsRoutes = {
  claimNotifications: {
    method: 'post',
    path: '/notifications/claim',
    tag: 'notifications',
    auth: true,
    summary: 'Claim due notifications for a while (system actor); a claim never overlaps another',
    body: z
      .object({
        worker: Worker,
        limit: z.number().int().min(1).max(100),
        leaseSeconds: z.number().int().min(5).max(600),
      })
      .meta({ id: 'ClaimNotificationsBody' }),
    response: z.object({ items: z.array(DcNotification) }).meta({ id: 'ClaimedNotifications' }),
    errors: ['FORBIDDEN'],
  },
  settleNotification: {
    method: 'post',
    path: '/notifications/{id}/settle',
    tag: 'notifications',
    auth: true,
    summary: 'Report a claimed notification sent, or failed (it is retried later with backoff)',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z
      .object({
        worker: Worker,
        sent: z.boolean(),
        channel: z.enum(['wechat', 'sms']).optional(),
        error: z.string().max(500).optional(),
      })
      .meta({ id: 'SettleNotificationBody' }),
    errors: ['FORBIDDEN', 'CONFLICT'],
  },
} as const satisfies RouteTable
