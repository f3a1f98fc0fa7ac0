import { z } from 'zod'
import { Instant, Notice } from '../common.js'
import { PHONE_LAST4_PATTERN, REQUEST_NUMBER_PATTERN } from '../constants.js'
import type { RouteTable } from '../route.js'

/** Every request has a unified number, whatever its kind and channel. */
export const RequestKind = z.enum(['appointment', 'legal_aid', 'hotline_callback', 'complaint'])
export type RequestKind = z.infer<typeof RequestKind>

/** 16 digits: Beijing date (8), channel (1), sequence of the day (6), check digit (1). */
export const RequestNumber = z
  .string()
  .regex(new RegExp(REQUEST_NUMBER_PATTERN), 'form.requestNumber')
  .meta({ id: 'RequestNumber', example: '2026112740000013' })

/**
 * One step of a request's progress, as the applicant sees it: what a person wrote with it (`note`),
 * and what the data center says of it (`notice`, read in the applicant's language).
 */
export const TimelineEntry = z
  .object({ status: z.string(), at: Instant, note: z.string().nullable(), notice: Notice.nullable() })
  .meta({ id: 'TimelineEntry' })
export type TimelineEntry = z.infer<typeof TimelineEntry>

export const RequestSummary = z
  .object({
    number: RequestNumber,
    kind: RequestKind,
    /** What the data center names it (a booking's service); empty where its kind says it all. */
    title: z.string(),
    /** The kind's own status (see Appointment and LegalAidApplication). */
    status: z.string(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'RequestSummary' })
export type RequestSummary = z.infer<typeof RequestSummary>

export const RequestList = z.object({ items: z.array(RequestSummary) }).meta({ id: 'RequestList' })
export type RequestList = z.infer<typeof RequestList>

export const RequestProgress = RequestSummary.extend({ timeline: z.array(TimelineEntry) }).meta({
  id: 'RequestProgress',
})
export type RequestProgress = z.infer<typeof RequestProgress>

/** 我的办件 and 进度查询: every request of every kind, by owner or by number. */
export const requestsRoutes = {
  myRequests: {
    method: 'get',
    path: '/me/requests',
    tag: 'requests',
    auth: true,
    summary: '我的办件：我的每一项预约和申请',
    response: RequestList,
  },
  requestProgress: {
    method: 'get',
    path: '/requests/{number}',
    tag: 'requests',
    auth: false,
    summary: '按统一编号查询进度（需手机号后4位）',
    params: z.object({ number: RequestNumber }),
    query: z.object({ phoneLast4: z.string().regex(new RegExp(PHONE_LAST4_PATTERN), 'form.phoneLast4') }),
    response: RequestProgress,
    errors: ['NOT_FOUND', 'RATE_LIMITED'],
  },
} as const satisfies RouteTable
