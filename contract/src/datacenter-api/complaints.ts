import { z } from 'zod'
import { IdempotencyKey } from '../app-api/booking.js'
import {
  Complaint,
  ComplaintAbout,
  ComplaintBody,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintWordsBody,
  SupervisedComplaintList,
} from '../app-api/complaints.js'
import { RecordId } from '../common.js'
import { RequestNumber } from '../app-api/requests.js'
import type { RouteTable } from '../route.js'
import { Channel } from './booking.js'
import { DcFile } from './files.js'

export const DcComplaintBody = ComplaintBody.extend({ channel: Channel, idempotencyKey: IdempotencyKey }).meta({
  id: 'DcComplaintBody',
})
export type DcComplaintBody = z.infer<typeof DcComplaintBody>

/** The record with its photos' records (the BFF mints each viewer's links). */
export const DcComplaint = Complaint.extend({ photos: z.array(DcFile) }).meta({ id: 'DcComplaint' })
export type DcComplaint = z.infer<typeof DcComplaint>

export const DcComplaintList = z.object({ items: z.array(DcComplaint) }).meta({ id: 'DcComplaintList' })
export type DcComplaintList = z.infer<typeof DcComplaintList>

const NumberParam = z.object({ number: RequestNumber })

export const dcComplaintsRoutes = {
  complaintSubject: {
    method: 'get',
    path: '/complaint-subject',
    tag: 'complaints',
    auth: true,
    summary: 'What a complaint would be about, and the office that would answer it',
    query: z.object({ about: ComplaintAbout, id: RecordId }),
    response: ComplaintSubject,
    errors: ['NOT_FOUND'],
  },
  fileComplaint: {
    method: 'post',
    path: '/complaints',
    tag: 'complaints',
    auth: true,
    summary: 'The acting resident files a complaint; the deadline policy dates the answer',
    body: DcComplaintBody,
    response: DcComplaint,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED'],
  },
  complaint: {
    method: 'get',
    path: '/complaints/{number}',
    tag: 'complaints',
    auth: true,
    summary: 'A complaint, for its complainant or the staff of the office answering it',
    params: NumberParam,
    response: DcComplaint,
    errors: ['NOT_FOUND'],
  },
  askComplaintReview: {
    method: 'post',
    path: '/complaints/{number}/review',
    tag: 'complaints',
    auth: true,
    summary: 'The complainant asks once for review of the answer; audited',
    params: NumberParam,
    body: ComplaintWordsBody,
    response: DcComplaint,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  staffComplaints: {
    method: 'get',
    path: '/workbench/complaints',
    tag: 'complaints',
    auth: true,
    summary: "Complaints about the acting staff member's office and its people, awaiting ones first",
    query: z.object({ status: ComplaintStatus.optional() }),
    response: DcComplaintList,
    errors: ['FORBIDDEN'],
  },
  answerComplaint: {
    method: 'post',
    path: '/workbench/complaints/{number}/answer',
    tag: 'complaints',
    auth: true,
    summary: 'Answers a complaint or its review; audited',
    params: NumberParam,
    body: ComplaintWordsBody,
    response: DcComplaint,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  supervisedComplaints: {
    method: 'get',
    path: '/workbench/complaints/supervision',
    tag: 'complaints',
    auth: true,
    summary: "Due-soon and overdue complaints under a center's region, without their words",
    response: SupervisedComplaintList,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
