import { z } from 'zod'
import {
  ClientMessageId,
  Consultation,
  ConsultationId,
  ConsultationList,
  DcMessage,
  DcMessagePage,
  MessageBody,
  MessagesQuery,
  ReadBody,
} from '../app-api/consultations.js'
import type { RouteTable } from '../route.js'

/** Accounts to tell about a change: every device of both sides (resident, adviser, backup). */
const Audience = z.array(z.string())

export const DcSendBody = z.object({ clientId: ClientMessageId, message: MessageBody }).meta({ id: 'DcSendBody' })
export type DcSendBody = z.infer<typeof DcSendBody>

export const DcSent = z
  .object({
    message: DcMessage,
    /** False when this clientId was stored before: the same message, not a second one. */
    created: z.boolean(),
    audience: Audience,
  })
  .meta({ id: 'DcSent' })
export type DcSent = z.infer<typeof DcSent>

export const DcRead = z.object({ consultation: Consultation, audience: Audience }).meta({ id: 'DcRead' })
export type DcRead = z.infer<typeof DcRead>

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
    summary: "The acting resident's conversations, or those of the acting adviser's villages and backups",
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
  sendMessage: {
    method: 'post',
    path: '/consultations/{id}/messages',
    tag: 'consultations',
    auth: true,
    summary: 'Stores a message under the next sequence, once per (sender, clientId)',
    params: IdParam,
    body: DcSendBody,
    response: DcSent,
    status: 201,
    errors: ['NOT_FOUND'],
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
} as const satisfies RouteTable
