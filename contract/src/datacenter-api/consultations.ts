import { z } from 'zod'
import {
  ClientMessageId,
  Consultation,
  ConsultationId,
  ConsultationList,
  ConsultationRating,
  ConsultationsQuery,
  AdviserFigures,
  AwayBody,
  OverdueList,
  SavedReplies,
  SavedRepliesView,
  DcMessage,
  DcMessagePage,
  MessageBody,
  MessagesQuery,
  ReadBody,
} from '../app-api/consultations.js'
import { ErrorCode, Int4, Notice, Role } from '../common.js'
import type { RouteTable } from '../route.js'

/** Accounts to tell about a change: every device of both sides (resident, adviser, backup). */
const Audience = z.array(z.string())

const NoticeSchema = z.object({ message: DcMessage, audience: Audience })

export const DcSent = z
  .object({
    message: DcMessage,
    /** False when this clientId was stored before: the same message, not a second one. */
    created: z.boolean(),
    audience: Audience,
    /** System messages the send caused (the adviser is away: the backup takes over). */
    notices: z.array(NoticeSchema),
  })
  .meta({ id: 'DcSent' })
export type DcSent = z.infer<typeof DcSent>

/** Messages sent in one call, of any conversations and senders: how the BFF batches under load. */
export const MAX_SEND_BATCH = 100

/** One message of a batch, with the account it is sent by (vouched for by the signed body). */
export const DcSendItem = z
  .object({
    actor: z.object({ id: z.string().regex(/^account:[\w-]{1,64}$/), role: Role }),
    consultationId: ConsultationId,
    clientId: ClientMessageId,
    message: MessageBody,
  })
  .meta({ id: 'DcSendItem' })
export type DcSendItem = z.infer<typeof DcSendItem>

export const DcSendBatch = z
  .object({ items: z.array(DcSendItem).min(1).max(MAX_SEND_BATCH) })
  .meta({ id: 'DcSendBatch' })
export type DcSendBatch = z.infer<typeof DcSendBatch>

/** What became of one message of a batch: stored (or stored before), or refused and not stored. */
export const DcSendOutcome = z
  .discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), sent: DcSent }),
    z.object({ ok: z.literal(false), code: ErrorCode, message: z.string(), notice: Notice.optional() }),
  ])
  .meta({ id: 'DcSendOutcome' })
export type DcSendOutcome = z.infer<typeof DcSendOutcome>

/** The outcomes in the order of the batch's items. */
export const DcSendResults = z.object({ items: z.array(DcSendOutcome) }).meta({ id: 'DcSendResults' })
export type DcSendResults = z.infer<typeof DcSendResults>

export const DcRead = z.object({ consultation: Consultation, audience: Audience }).meta({ id: 'DcRead' })
export type DcRead = z.infer<typeof DcRead>

/** A system message the data center wrote (hand-over, resolved, reopened), and whom to tell. */
export const DcNotice = NoticeSchema.meta({ id: 'DcNotice' })
export type DcNotice = z.infer<typeof DcNotice>

/** A conversation after a change of state, with the system message that records it. */
export const DcChanged = z.object({ consultation: Consultation, notices: z.array(DcNotice) }).meta({ id: 'DcChanged' })
export type DcChanged = z.infer<typeof DcChanged>

export const DcSweep = z.object({ items: z.array(DcNotice) }).meta({ id: 'DcSweep' })
export type DcSweep = z.infer<typeof DcSweep>

const IdParam = z.object({ id: ConsultationId })

export const dcConsultationsRoutes = {
  openConsultation: {
    method: 'post',
    path: '/consultations',
    tag: 'consultations',
    auth: true,
    summary: "The acting resident's conversation with their village's adviser, made on first use",
    response: Consultation,
    errors: ['FORBIDDEN', 'VILLAGE_NOT_SET'],
  },
  consultations: {
    method: 'get',
    path: '/consultations',
    tag: 'consultations',
    auth: true,
    summary: "The acting resident's conversations, or the acting adviser's inbox (own villages; backups handed over)",
    query: ConsultationsQuery,
    response: ConsultationList,
  },
  consultationMessages: {
    method: 'get',
    path: '/consultations/{id}/messages',
    tag: 'consultations',
    auth: true,
    summary: 'Messages after or before a sequence, oldest first, for a party of the conversation',
    params: IdParam,
    query: MessagesQuery,
    response: DcMessagePage,
    errors: ['NOT_FOUND'],
  },
  sendMessages: {
    method: 'post',
    path: '/messages',
    tag: 'consultations',
    auth: true,
    summary:
      'Stores messages of any conversations (system only; each item names its sender), each under its ' +
      "conversation's next sequence and once per (sender, clientId); one outcome per item, in order",
    body: DcSendBatch,
    response: DcSendResults,
    errors: ['FORBIDDEN'],
  },
  readConsultation: {
    method: 'post',
    path: '/consultations/{id}/read',
    tag: 'consultations',
    auth: true,
    summary: "Moves the acting party's read mark forward (never back)",
    params: IdParam,
    body: ReadBody,
    response: DcRead,
    errors: ['NOT_FOUND'],
  },
  resolveConsultation: {
    method: 'post',
    path: '/consultations/{id}/resolve',
    tag: 'consultations',
    auth: true,
    summary: 'An adviser of the conversation marks it resolved (a system message records it)',
    params: IdParam,
    response: DcChanged,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  reopenConsultation: {
    method: 'post',
    path: '/consultations/{id}/reopen',
    tag: 'consultations',
    auth: true,
    summary: 'A party reopens a resolved conversation',
    params: IdParam,
    response: DcChanged,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  rateConsultation: {
    method: 'post',
    path: '/consultations/{id}/rating',
    tag: 'consultations',
    auth: true,
    summary: 'The resident rates a resolved conversation (once per resolution)',
    params: IdParam,
    body: ConsultationRating,
    response: Consultation,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  savedReplies: {
    method: 'get',
    path: '/consultations/saved-replies',
    tag: 'consultations',
    auth: true,
    summary: "The acting adviser's saved replies (null: none saved yet)",
    response: SavedRepliesView,
    errors: ['FORBIDDEN'],
  },
  saveReplies: {
    method: 'put',
    path: '/consultations/saved-replies',
    tag: 'consultations',
    auth: true,
    summary: "Replaces the acting adviser's saved replies",
    body: SavedReplies,
    response: SavedReplies,
    errors: ['FORBIDDEN'],
  },
  setAway: {
    method: 'put',
    path: '/consultations/away',
    tag: 'consultations',
    auth: true,
    summary: 'The acting adviser is away until a time (or back: null); the backup covers meanwhile',
    body: AwayBody,
    response: AdviserFigures,
    errors: ['FORBIDDEN'],
  },
  adviserFigures: {
    method: 'get',
    path: '/consultations/figures',
    tag: 'consultations',
    auth: true,
    summary: "The acting adviser's figures",
    response: AdviserFigures,
    errors: ['FORBIDDEN'],
  },
  overdueConsultations: {
    method: 'get',
    path: '/consultations/overdue',
    tag: 'consultations',
    auth: true,
    summary: "Overdue conversations of the acting staff member's county (督办), without their messages",
    response: OverdueList,
    errors: ['FORBIDDEN'],
  },
  notifyAbsent: {
    method: 'post',
    path: '/consultations/{id}/notify',
    tag: 'consultations',
    auth: true,
    summary:
      'Queues a notice (subscribe message or SMS) of a new message for parties whose app is closed (system actor); at most one per person and conversation in 30 minutes',
    params: IdParam,
    body: z.object({ accountIds: z.array(z.string().max(64)).max(10), seq: Int4(1) }).meta({ id: 'NotifyAbsentBody' }),
    response: z.object({ queued: z.number().int() }).meta({ id: 'NotifyAbsentResult' }),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  },
  sweepConsultations: {
    method: 'post',
    path: '/consultations/sweep',
    tag: 'consultations',
    auth: true,
    summary: 'Hands overdue conversations (and those of advisers away) to the backup (system actor)',
    response: DcSweep,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
