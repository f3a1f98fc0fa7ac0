import { z } from 'zod'
import { Instant, RegionCode } from '../common.js'
import { VOICE_MAX_MS, VOICE_MIN_MS } from '../constants.js'
import { RequestKind, RequestNumber } from './requests.js'
import { FileId } from './uploads.js'
import type { RouteTable } from '../route.js'

/** A consultation's id: `c_` and 22 random URL-safe characters. */
export const ConsultationId = z
  .string()
  .regex(/^c_[A-Za-z0-9_-]{22}$/, '会话编号格式不正确')
  .meta({ id: 'ConsultationId', example: 'c_Xq3v9mB2kQ7tR1sW8yZ0aC' })

/** Made by the sending device, kept in its outbox across restarts: a resend is the same message. */
export const ClientMessageId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '消息编号应为8至64位字母、数字、-或_')
  .meta({ id: 'ClientMessageId', example: 'm-lq3x9c-4k2j8h1a' })

export const MessageText = z.string().trim().min(1, '不能发送空白消息').max(2000, '一条消息不能超过2000个字')

/**
 * Voice notes are kept in formats both WeChat's audio player and every browser play: the
 * mini-program records MP3 (or AAC), the H5 client encodes MP3. WebM and Ogg, which browsers
 * record by default, do not play in WeChat and are refused for voice.
 */
export const VoiceMime = z.enum(['audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/wav'])
export type VoiceMime = z.infer<typeof VoiceMime>
export const ImageMime = z.enum(['image/jpeg', 'image/png', 'image/webp'])

const Pixels = z.number().int().min(1).max(20_000)

export const TextBody = z.object({ kind: z.literal('text'), text: MessageText })
export const ImageBody = z.object({ kind: z.literal('image'), fileId: FileId, width: Pixels, height: Pixels })
export const VoiceBody = z.object({
  kind: z.literal('voice'),
  fileId: FileId,
  durationMs: z
    .number()
    .int()
    .min(VOICE_MIN_MS, '说话时间太短')
    .max(VOICE_MAX_MS + 1_000, '语音不能超过60秒'),
})
/** A request of the conversation's resident (a booking, an application) shown as a card. */
export const CardBody = z.object({ kind: z.literal('card'), requestNumber: RequestNumber })

/** What a person sends: text (emoji included), a photo, a voice note or a card, each with its own checks. */
export const MessageBody = z.discriminatedUnion('kind', [TextBody, ImageBody, VoiceBody, CardBody])
export type MessageBody = z.infer<typeof MessageBody>

/** A card as stored: what the request was when it was shared. */
export const RequestCard = z
  .object({ number: RequestNumber, kind: RequestKind, title: z.string() })
  .meta({ id: 'RequestCard' })
export type RequestCard = z.infer<typeof RequestCard>

/** Written by the data center itself (hand-over to the backup adviser, resolved, reopened). */
export const SystemBody = z.object({
  kind: z.literal('system'),
  event: z.enum(['handover', 'resolved', 'reopened']),
  text: z.string(),
})

/** A message's content as the data center stores it. */
export const StoredBody = z
  .discriminatedUnion('kind', [
    TextBody,
    ImageBody,
    VoiceBody,
    z.object({ kind: z.literal('card'), card: RequestCard }),
    SystemBody,
  ])
  .meta({ id: 'StoredBody' })
export type StoredBody = z.infer<typeof StoredBody>

/** A message's content as a viewer gets it: photos and voice notes with a short-lived link. */
export const MessageContent = z
  .discriminatedUnion('kind', [
    TextBody,
    ImageBody.extend({ url: z.string() }),
    VoiceBody.extend({ url: z.string() }),
    z.object({ kind: z.literal('card'), card: RequestCard }),
    SystemBody,
  ])
  .meta({ id: 'MessageContent' })
export type MessageContent = z.infer<typeof MessageContent>

export const SenderRole = z.enum(['resident', 'adviser', 'system'])
export type SenderRole = z.infer<typeof SenderRole>
export const MessageKind = z.enum(['text', 'image', 'voice', 'card', 'system'])
export type MessageKind = z.infer<typeof MessageKind>

const messageFields = {
  consultationId: ConsultationId,
  seq: z.number().int().positive(),
  clientId: ClientMessageId,
  sender: z.object({ role: SenderRole, name: z.string() }),
  at: Instant,
}

/** A stored message: its place in the conversation (`seq`, gapless from 1), who sent it, what it says. */
export const Message = z.object({ ...messageFields, body: MessageContent }).meta({ id: 'Message' })
export type Message = z.infer<typeof Message>

/** The same, as the data center answers it (files by id; the BFF adds the links). */
export const DcMessage = z.object({ ...messageFields, body: StoredBody }).meta({ id: 'DcMessage' })
export type DcMessage = z.infer<typeof DcMessage>

/** The newest message in a list of conversations: who, when, and a line of text (empty for media). */
export const MessagePreview = z
  .object({
    seq: z.number().int().positive(),
    sender: z.object({ role: SenderRole, name: z.string() }),
    kind: MessageKind,
    text: z.string(),
    at: Instant,
  })
  .meta({ id: 'MessagePreview' })
export type MessagePreview = z.infer<typeof MessagePreview>

export const ConsultationStatus = z.enum(['open', 'resolved'])
export type ConsultationStatus = z.infer<typeof ConsultationStatus>

/** A conversation between a resident and their village's adviser (and the backup). */
export const Consultation = z
  .object({
    id: ConsultationId,
    status: ConsultationStatus,
    village: z.object({ code: RegionCode, name: z.string() }),
    resident: z.object({ name: z.string() }),
    adviser: z.object({ id: z.string(), name: z.string() }),
    backup: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** Sequence of the newest message (0: none yet). */
    lastSeq: z.number().int(),
    lastMessage: MessagePreview.nullable(),
    /** The newest message the caller's side has read, and the other side has. */
    readSeq: z.number().int(),
    peerReadSeq: z.number().int(),
    unread: z.number().int(),
    updatedAt: Instant,
  })
  .meta({ id: 'Consultation' })
export type Consultation = z.infer<typeof Consultation>

export const ConsultationList = z.object({ items: z.array(Consultation) }).meta({ id: 'ConsultationList' })
export type ConsultationList = z.infer<typeof ConsultationList>

export const MessagesQuery = z.object({
  /** Everything after this sequence (after a reconnect), oldest first. */
  afterSeq: z.coerce.number().int().min(0).optional(),
  /** The page before this sequence (scrolling back), oldest first. */
  beforeSeq: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type MessagesQuery = z.infer<typeof MessagesQuery>

export const MessagePage = z.object({ items: z.array(Message), hasMore: z.boolean() }).meta({ id: 'MessagePage' })
export const DcMessagePage = z.object({ items: z.array(DcMessage), hasMore: z.boolean() }).meta({ id: 'DcMessagePage' })
export type DcMessagePage = z.infer<typeof DcMessagePage>
export type MessagePage = z.infer<typeof MessagePage>

export const ReadBody = z.object({ seq: z.number().int().min(0) }).meta({ id: 'ReadBody' })

const IdParam = z.object({ id: ConsultationId })

/** 我的法律顾问 chat and the adviser's inbox: REST for lists and history; sending is over the WebSocket. */
export const consultationsRoutes = {
  openConsultation: {
    method: 'post',
    path: '/consultations',
    tag: 'consultations',
    auth: true,
    summary: '打开与本村（居）法律顾问的会话（没有则新建）',
    response: Consultation,
    errors: ['FORBIDDEN', 'VILLAGE_NOT_SET'],
  },
  consultations: {
    method: 'get',
    path: '/consultations',
    tag: 'consultations',
    auth: true,
    summary: '我的会话（居民）或我负责的村（居）的会话（法律顾问）',
    response: ConsultationList,
  },
  consultationMessages: {
    method: 'get',
    path: '/consultations/{id}/messages',
    tag: 'consultations',
    auth: true,
    summary: '会话消息：afterSeq 之后的全部，或 beforeSeq 之前的一页',
    params: IdParam,
    query: MessagesQuery,
    response: MessagePage,
    errors: ['NOT_FOUND'],
  },
  readConsultation: {
    method: 'post',
    path: '/consultations/{id}/read',
    tag: 'consultations',
    auth: true,
    summary: '标记已读到某条消息',
    params: IdParam,
    body: ReadBody,
    response: Consultation,
    errors: ['NOT_FOUND'],
  },
} as const satisfies RouteTable
