import { z } from 'zod'
import { userText } from '../user-text.js'
import { Instant, Phone, RecordId } from '../common.js'
import type { RouteTable } from '../route.js'
import { ClientKind, IdempotencyKey } from './booking.js'
import { DeadlineState } from './consultations.js'
import { Rating } from './ratings.js'
import { RequestKind, RequestNumber, TimelineEntry } from './requests.js'
import { FileId, UploadedFile } from './uploads.js'

/** What a complaint is about: an institution, one of its people, or one of the complainant's requests. */
export const ComplaintAbout = z.enum(['institution', 'practitioner', 'request'])
export type ComplaintAbout = z.infer<typeof ComplaintAbout>

/** 投诉事由. */
export const ComplaintCategory = z.enum(['attitude', 'delay', 'fees', 'conduct', 'quality', 'other'])
export type ComplaintCategory = z.infer<typeof ComplaintCategory>

/** 待答复 → 已答复 → (复核中 → 复核已答复); rated once it is answered, reviewed at most once. */
export const ComplaintStatus = z.enum(['submitted', 'answered', 'review_requested', 'reviewed'])
export type ComplaintStatus = z.infer<typeof ComplaintStatus>

/** An institution or a person by id; a request by its unified number. */
export const ComplaintTarget = z.discriminatedUnion('about', [
  z.object({ about: z.literal('institution'), id: RecordId }),
  z.object({ about: z.literal('practitioner'), id: RecordId }),
  z.object({ about: z.literal('request'), id: RequestNumber }),
])
export type ComplaintTarget = z.infer<typeof ComplaintTarget>

/** Who a complaint is about as it is shown, and the office that answers it. */
export const ComplaintSubject = z
  .object({
    about: ComplaintAbout,
    id: z.string(),
    /** The institution's or person's name; for a request, its title (empty where its kind says it). */
    name: z.string(),
    /** For a request, its kind (whose name the app shows where the request has no title). */
    kind: RequestKind.nullable(),
    institution: z.object({ id: z.string(), name: z.string(), phone: z.string() }),
  })
  .meta({ id: 'ComplaintSubject' })
export type ComplaintSubject = z.infer<typeof ComplaintSubject>

export const ComplaintBody = z
  .object({
    target: ComplaintTarget,
    category: ComplaintCategory,
    text: userText(z.string().trim().min(10, 'form.complaintTooShort').max(1000, 'form.complaintTooLong')),
    photos: z.array(FileId).max(9, 'form.attachmentsTooMany').default([]),
    /** Omitted: the phone the account signed in with. */
    contactPhone: Phone.optional(),
    /** Whether the office may see the phone and call; otherwise it answers here only. */
    allowContact: z.boolean().default(false),
  })
  .meta({ id: 'ComplaintBody' })
export type ComplaintBody = z.infer<typeof ComplaintBody>

/** What someone wrote at a step: the answer, the request for review, the answer to it. */
export const ComplaintWords = z.object({ text: z.string(), at: Instant }).meta({ id: 'ComplaintWords' })
export type ComplaintWords = z.infer<typeof ComplaintWords>

/**
 * A complaint as its complainant and the staff of the office answering it see it. Staff see the
 * contact phone only when the complainant allowed it, and never the complainant's name.
 */
export const Complaint = z
  .object({
    number: RequestNumber,
    status: ComplaintStatus,
    subject: ComplaintSubject,
    category: ComplaintCategory,
    text: z.string(),
    photos: z.array(UploadedFile),
    allowContact: z.boolean(),
    contactPhone: z.string().nullable(),
    answer: ComplaintWords.nullable(),
    review: ComplaintWords.nullable(),
    reviewAnswer: ComplaintWords.nullable(),
    /** When the answer awaited is due (the data center's deadline policy), and how near it is. */
    deadline: z.object({ state: DeadlineState, dueAt: Instant.nullable() }),
    rating: Rating.nullable(),
    createdAt: Instant,
    timeline: z.array(TimelineEntry),
  })
  .meta({ id: 'Complaint' })
export type Complaint = z.infer<typeof Complaint>

export const ComplaintList = z.object({ items: z.array(Complaint) }).meta({ id: 'ComplaintList' })
export type ComplaintList = z.infer<typeof ComplaintList>

/** 督办: a complaint awaiting an answer as the supervising center sees it, without what was said or by whom. */
export const SupervisedComplaint = z
  .object({
    number: RequestNumber,
    status: ComplaintStatus,
    subject: ComplaintSubject,
    category: ComplaintCategory,
    createdAt: Instant,
    deadline: z.object({ state: DeadlineState, dueAt: Instant.nullable() }),
  })
  .meta({ id: 'SupervisedComplaint' })
export type SupervisedComplaint = z.infer<typeof SupervisedComplaint>

export const SupervisedComplaintList = z
  .object({ items: z.array(SupervisedComplaint) })
  .meta({ id: 'SupervisedComplaintList' })
export type SupervisedComplaintList = z.infer<typeof SupervisedComplaintList>

export const ComplaintWordsBody = z
  .object({
    text: userText(z.string().trim().min(10, 'form.complaintAnswerTooShort').max(1000, 'form.complaintTooLong')),
  })
  .meta({ id: 'ComplaintWordsBody' })
export type ComplaintWordsBody = z.infer<typeof ComplaintWordsBody>

const NumberParam = z.object({ number: RequestNumber })

/** 投诉: a resident complains; the office concerned answers within the deadline; the complainant rates it or asks once for review. */
export const complaintsRoutes = {
  complaintSubject: {
    method: 'get',
    path: '/complaint-subject',
    tag: 'complaints',
    auth: true,
    summary: '投诉对象：机构、人员或本人办件，及负责答复的机构',
    query: z.object({ about: ComplaintAbout, id: RecordId }),
    response: ComplaintSubject,
    errors: ['NOT_FOUND'],
  },
  fileComplaint: {
    method: 'post',
    path: '/complaints',
    tag: 'complaints',
    auth: true,
    summary: '提交投诉（同一 Idempotency-Key 重试返回同一投诉）',
    headers: z.object({ 'idempotency-key': IdempotencyKey, 'x-client': ClientKind.default('h5') }),
    body: ComplaintBody,
    response: Complaint,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED'],
  },
  complaint: {
    method: 'get',
    path: '/complaints/{number}',
    tag: 'complaints',
    auth: true,
    summary: '投诉详情及进度（投诉人本人或负责答复机构的工作人员）',
    params: NumberParam,
    response: Complaint,
    errors: ['NOT_FOUND'],
  },
  askComplaintReview: {
    method: 'post',
    path: '/complaints/{number}/review',
    tag: 'complaints',
    auth: true,
    summary: '对答复不满意，申请复核（仅一次，评价之前）',
    params: NumberParam,
    body: ComplaintWordsBody,
    response: Complaint,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  staffComplaints: {
    method: 'get',
    path: '/workbench/complaints',
    tag: 'complaints',
    auth: true,
    summary: '本机构及其人员收到的投诉（待答复在前，临近期限在前）',
    query: z.object({ status: ComplaintStatus.optional() }),
    response: ComplaintList,
    errors: ['FORBIDDEN'],
  },
  answerComplaint: {
    method: 'post',
    path: '/workbench/complaints/{number}/answer',
    tag: 'complaints',
    auth: true,
    summary: '答复投诉或复核申请',
    params: NumberParam,
    body: ComplaintWordsBody,
    response: Complaint,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  supervisedComplaints: {
    method: 'get',
    path: '/workbench/complaints/supervision',
    tag: 'complaints',
    auth: true,
    summary: '督办：本辖区临近期限或超期未答复的投诉（公共法律服务中心工作人员）',
    response: SupervisedComplaintList,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
