import { z } from 'zod'
import { userText } from '../user-text.js'
import { Instant, Phone, RecordId } from '../common.js'
import { isResidentIdNumber } from '../id-card.js'
import type { RouteTable } from '../route.js'
import { ClientKind, IdempotencyKey } from './booking.js'
import { RequestNumber, TimelineEntry } from './requests.js'
import { FileId, UploadedFile } from './uploads.js'

/** 案件类型 of an application. */
export const LegalAidCaseType = z.enum(['wages', 'work_injury', 'family', 'traffic', 'medical', 'other'])
export type LegalAidCaseType = z.infer<typeof LegalAidCaseType>

/** The ground of the economic-hardship declaration (经济困难). */
export const HardshipBasis = z.enum(['minimum_living', 'extreme_poverty', 'low_income', 'migrant_wages', 'other'])
export type HardshipBasis = z.infer<typeof HardshipBasis>

/** 已提交 → 初审 → 已受理 / 不予受理 → 已指派 → 已办结 */
export const LegalAidStatus = z.enum(['submitted', 'reviewing', 'accepted', 'rejected', 'assigned', 'closed'])
export type LegalAidStatus = z.infer<typeof LegalAidStatus>

/** 居民身份证 number: 18 characters with a real birth date and the GB 11643 check character. */
export const ResidentIdNumber = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isResidentIdNumber, 'form.idNumber')

export const LegalAidApplicationBody = z
  .object({
    /** The legal aid office that takes it (one of those offering item `legal-aid`). */
    institutionId: RecordId,
    applicantName: z.string().trim().min(2, 'form.applicantName').max(30, 'form.nameTooLong'),
    idNumber: ResidentIdNumber,
    /** Omitted: the phone the account signed in with (as a booking does). */
    contactPhone: Phone.optional(),
    caseType: LegalAidCaseType,
    summary: userText(z.string().trim().min(10, 'form.summaryTooShort').max(1000, 'form.summaryTooLong')),
    hardship: z.object({
      basis: HardshipBasis,
      /** The applicant confirms the declaration is true (承诺属实). */
      declared: z.literal(true, 'form.declared'),
      note: userText(z.string().trim().max(300, 'form.hardshipNoteTooLong')).default(''),
    }),
    attachments: z.array(FileId).max(9, 'form.attachmentsTooMany').default([]),
  })
  .meta({ id: 'LegalAidApplicationBody' })
export type LegalAidApplicationBody = z.infer<typeof LegalAidApplicationBody>

/** An application as its applicant and the staff of its office see it: the ID number masked. */
export const LegalAidApplication = z
  .object({
    number: RequestNumber,
    status: LegalAidStatus,
    institution: z.object({ id: z.string(), name: z.string(), phone: z.string() }),
    applicantName: z.string(),
    /** First 3 and last 4 characters only; the full number never leaves the data center. */
    idNumberMasked: z.string(),
    contactPhone: z.string(),
    caseType: LegalAidCaseType,
    summary: z.string(),
    hardship: z.object({ basis: HardshipBasis, note: z.string() }),
    attachments: z.array(UploadedFile),
    /** Why it was refused (不予受理), or who took the case (已指派). */
    reason: z.string().nullable(),
    assignee: z.string().nullable(),
    createdAt: Instant,
    timeline: z.array(TimelineEntry),
  })
  .meta({ id: 'LegalAidApplication' })
export type LegalAidApplication = z.infer<typeof LegalAidApplication>

export const LegalAidList = z.object({ items: z.array(LegalAidApplication) }).meta({ id: 'LegalAidList' })
export type LegalAidList = z.infer<typeof LegalAidList>

/** What staff do to an application of their office. */
export const LegalAidAction = z.enum(['review', 'accept', 'reject', 'assign', 'close'])
export type LegalAidAction = z.infer<typeof LegalAidAction>

export const LegalAidActionBody = z
  .object({
    reason: userText(z.string().trim().min(2, 'form.rejectReason').max(300, 'form.rejectReasonTooLong')).optional(),
    assignee: z.string().trim().min(2, 'form.assignee').max(40, 'form.assigneeTooLong').optional(),
  })
  .meta({ id: 'LegalAidActionBody' })
export type LegalAidActionBody = z.infer<typeof LegalAidActionBody>

const NumberParam = z.object({ number: RequestNumber })

/** 法律援助申请: online application and its progress; staff move it along. */
export const legalAidRoutes = {
  applyLegalAid: {
    method: 'post',
    path: '/legal-aid/applications',
    tag: 'legal-aid',
    auth: true,
    summary: '在线申请法律援助（同一 Idempotency-Key 重试返回同一申请）',
    headers: z.object({ 'idempotency-key': IdempotencyKey, 'x-client': ClientKind.default('h5') }),
    body: LegalAidApplicationBody,
    response: LegalAidApplication,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED'],
  },
  legalAidApplication: {
    method: 'get',
    path: '/legal-aid/applications/{number}',
    tag: 'legal-aid',
    auth: true,
    summary: '法律援助申请详情及进度（申请人本人或受理机构工作人员）',
    params: NumberParam,
    response: LegalAidApplication,
    errors: ['NOT_FOUND'],
  },
  staffLegalAid: {
    method: 'get',
    path: '/workbench/legal-aid',
    tag: 'legal-aid',
    auth: true,
    summary: '本机构的法律援助申请（待办在前）',
    query: z.object({ status: LegalAidStatus.optional() }),
    response: LegalAidList,
    errors: ['FORBIDDEN'],
  },
  staffLegalAidAction: {
    method: 'post',
    path: '/workbench/legal-aid/{number}/{action}',
    tag: 'legal-aid',
    auth: true,
    summary: '推进申请：初审、受理、不予受理（附理由）、指派、办结',
    params: z.object({ number: RequestNumber, action: LegalAidAction }),
    body: LegalAidActionBody,
    response: LegalAidApplication,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
} as const satisfies RouteTable
