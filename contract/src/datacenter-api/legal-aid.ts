import { z } from 'zod'
import { RequestNumber } from '../app-api/requests.js'
import { IdempotencyKey } from '../app-api/booking.js'
import {
  LegalAidAction,
  LegalAidActionBody,
  LegalAidApplication,
  LegalAidApplicationBody,
  LegalAidStatus,
} from '../app-api/legal-aid.js'
import type { RouteTable } from '../route.js'
import { Channel } from './booking.js'
import { DcFile } from './files.js'

export const DcLegalAidBody = LegalAidApplicationBody.extend({ channel: Channel, idempotencyKey: IdempotencyKey }).meta(
  {
    id: 'DcLegalAidBody',
  },
)
export type DcLegalAidBody = z.infer<typeof DcLegalAidBody>

/** The record with its owner and its attachments' records (the BFF mints each viewer's links). */
export const DcLegalAidApplication = LegalAidApplication.extend({
  accountId: z.string(),
  attachments: z.array(DcFile),
}).meta({ id: 'DcLegalAidApplication' })
export type DcLegalAidApplication = z.infer<typeof DcLegalAidApplication>

export const DcLegalAidList = z.object({ items: z.array(DcLegalAidApplication) }).meta({ id: 'DcLegalAidList' })
export type DcLegalAidList = z.infer<typeof DcLegalAidList>

const NumberParam = z.object({ number: RequestNumber })

export const dcLegalAidRoutes = {
  applyLegalAid: {
    method: 'post',
    path: '/legal-aid/applications',
    tag: 'legal-aid',
    auth: true,
    summary: 'The acting resident applies for legal aid; the ID number is sealed at rest',
    body: DcLegalAidBody,
    response: DcLegalAidApplication,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED'],
  },
  legalAidApplication: {
    method: 'get',
    path: '/legal-aid/applications/{number}',
    tag: 'legal-aid',
    auth: true,
    summary: 'An application, for its applicant or the staff of its office',
    params: NumberParam,
    response: DcLegalAidApplication,
    errors: ['NOT_FOUND'],
  },
  staffLegalAid: {
    method: 'get',
    path: '/workbench/legal-aid',
    tag: 'legal-aid',
    auth: true,
    summary: "The acting staff member's office's applications, open ones first",
    query: z.object({ status: LegalAidStatus.optional() }),
    response: DcLegalAidList,
    errors: ['FORBIDDEN'],
  },
  staffLegalAidAction: {
    method: 'post',
    path: '/workbench/legal-aid/{number}/{action}',
    tag: 'legal-aid',
    auth: true,
    summary: 'Moves an application one step; audited',
    params: z.object({ number: RequestNumber, action: LegalAidAction }),
    body: LegalAidActionBody,
    response: DcLegalAidApplication,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
} as const satisfies RouteTable
