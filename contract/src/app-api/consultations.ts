import { z } from 'zod'
import { userText } from '../user-text.js'
import { CallSummary } from './call-record.js'
import { Instant, Int4, INT4_MAX, Notice, RecordId, RegionCode } from '../common.js'
import { HANDOVER_NOTE_MAX, MESSAGE_TEXT_MAX, VOICE_MAX_MS, VOICE_MIN_MS } from '../constants.js'
import { RequestKind, RequestNumber } from './requests.js'
import { FileId } from './uploads.js'
import type { RouteTable } from '../route.js'

/** A consultation's id: `c_` and 22 random URL-safe characters. */
export const ConsultationId = z
  .string()
  .regex(/^c_[A-Za-z0-9_-]{22}$/, 'form.consultationId')
  .meta({ id: 'ConsultationId', example: 'c_Xq3v9mB2kQ7tR1sW8yZ0aC' })

/** Made by the sending device, kept in its outbox across restarts: a resend is the same message. */
export const ClientMessageId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'form.clientMessageId')
  .meta({ id: 'ClientMessageId', example: 'm-lq3x9c-4k2j8h1a' })

export const MessageText = userText(
  z.string().trim().min(1, 'form.messageBlank').max(MESSAGE_TEXT_MAX, 'form.messageTooLong'),
)

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
    .min(VOICE_MIN_MS, 'form.voiceTooShort')
    .max(VOICE_MAX_MS + 1_000, 'form.voiceTooLong'),
})
/** A request of the conversation's resident (a booking, an application) shown as a card. */
export const CardBody = z.object({ kind: z.literal('card'), requestNumber: RequestNumber })

/**
 * 转办: the adviser hands the matter over — suggests a booking of a service, or a legal aid
 * application, with a note that prefills it. The resident books or applies with one tap.
 */
export const HandoverTarget = z.enum(['booking', 'legal_aid'])
export const HandoverBody = z.object({
  kind: z.literal('handover'),
  target: HandoverTarget,
  /** The service to book (catalog item code); for booking only. */
  itemCode: RecordId.optional(),
  note: userText(z.string().trim().max(HANDOVER_NOTE_MAX, 'form.handoverNoteTooLong')),
})

/** What a person sends: text (emoji included), a photo, a voice note, a card, or (advisers) a hand-over. */
export const MessageBody = z.discriminatedUnion('kind', [TextBody, ImageBody, VoiceBody, CardBody, HandoverBody])
export type MessageBody = z.infer<typeof MessageBody>

/** A card as stored: what the request was when it was shared. */
export const RequestCard = z
  .object({ number: RequestNumber, kind: RequestKind, title: z.string() })
  .meta({ id: 'RequestCard' })
export type RequestCard = z.infer<typeof RequestCard>

/** A hand-over as stored: the service by name, so the card reads the same later. */
export const StoredHandover = z.object({
  kind: z.literal('handover'),
  target: HandoverTarget,
  item: z.object({ code: z.string(), name: z.string() }).nullable(),
  note: z.string(),
})

/**
 * Written by the data center itself (hand-over to the backup adviser, resolved, reopened, a call):
 * what happened as a notice, read in the reader's language. Notes written before notices carry
 * their words in `text` instead (empty in a note with a notice).
 */
export const SystemBody = z.object({
  kind: z.literal('system'),
  event: z.enum(['handover', 'resolved', 'reopened', 'call']),
  text: z.string(),
  notice: Notice.optional(),
  /** The call a `call` note records. */
  call: CallSummary.optional(),
})
export type SystemBody = z.infer<typeof SystemBody>

/** A message's content as the data center stores it. */
export const StoredBody = z
  .discriminatedUnion('kind', [
    TextBody,
    ImageBody,
    VoiceBody,
    z.object({ kind: z.literal('card'), card: RequestCard }),
    StoredHandover,
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
    StoredHandover,
    SystemBody,
  ])
  .meta({ id: 'MessageContent' })
export type MessageContent = z.infer<typeof MessageContent>

export const SenderRole = z.enum(['resident', 'adviser', 'system'])
export type SenderRole = z.infer<typeof SenderRole>
export const MessageKind = z.enum(['text', 'image', 'voice', 'card', 'handover', 'system'])
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
    /** A system note's words, as its notice (SystemBody). */
    notice: Notice.optional(),
    at: Instant,
  })
  .meta({ id: 'MessagePreview' })
export type MessagePreview = z.infer<typeof MessagePreview>

export const ConsultationStatus = z.enum(['open', 'resolved'])
export type ConsultationStatus = z.infer<typeof ConsultationStatus>

/** Against the reply deadline: nothing awaited, in time, due soon, overdue. */
export const DeadlineState = z.enum(['none', 'normal', 'due_soon', 'overdue'])
export type DeadlineState = z.infer<typeof DeadlineState>

export const ConsultationRating = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: userText(z.string().trim().max(200, 'form.consultRatingTooLong')),
  })
  .meta({ id: 'ConsultationRating' })
export type ConsultationRating = z.infer<typeof ConsultationRating>

/** A conversation between a resident and their village's adviser (and the backup). */
export const Consultation = z
  .object({
    id: ConsultationId,
    status: ConsultationStatus,
    village: z.object({ code: RegionCode, name: z.string() }),
    resident: z.object({ name: z.string() }),
    /** The village's adviser, and the institution they work from (where a 视频咨询 with them is booked). */
    adviser: z.object({ id: z.string(), name: z.string(), institutionId: z.string().nullable() }),
    backup: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** Sequence of the newest message (0: none yet). */
    lastSeq: z.number().int(),
    lastMessage: MessagePreview.nullable(),
    /** The newest message the caller's side has read, and the other side has. */
    readSeq: z.number().int(),
    peerReadSeq: z.number().int(),
    unread: z.number().int(),
    /** Waiting for an answer since the resident's first unanswered message, due by the policy's time. */
    deadline: z.object({ state: DeadlineState, waitingSince: Instant.nullable(), dueAt: Instant.nullable() }),
    /** The backup adviser has taken it over: the adviser is away, or the deadline passed. */
    handedOver: z.boolean(),
    /** In the caller's inbox as the backup adviser (not as the village's own). */
    asBackup: z.boolean(),
    /** When a reply can be expected: the adviser is away until…, or it is outside working hours. */
    availability: z.object({ awayUntil: Instant.nullable(), workingNow: z.boolean(), nextWorkingAt: Instant }),
    rating: ConsultationRating.nullable(),
    /** The next 视频咨询 booked in this conversation and not yet over: both sides join it from the chat. */
    videoAppointment: z.object({ number: RequestNumber, startsAt: Instant, endsAt: Instant }).nullable(),
    updatedAt: Instant,
  })
  .meta({ id: 'Consultation' })
export type Consultation = z.infer<typeof Consultation>

export const ConsultationList = z.object({ items: z.array(Consultation) }).meta({ id: 'ConsultationList' })
export type ConsultationList = z.infer<typeof ConsultationList>

/** The adviser's inbox: all, or only the unanswered, the overdue, or those held as backup; a name to look for. */
export const ConsultationsQuery = z.object({
  filter: z.enum(['all', 'unanswered', 'overdue', 'backup']).default('all'),
  q: z.string().trim().max(20, 'form.searchTooLong').optional(),
})
export type ConsultationsQuery = z.infer<typeof ConsultationsQuery>

/** 常用语: an adviser's saved replies, in their order. */
export const SavedReplies = z
  .object({
    items: z
      .array(userText(z.string().trim().min(1, 'form.replyBlank').max(300, 'form.replyTooLong')))
      .max(30, 'form.repliesTooMany'),
  })
  .meta({ id: 'SavedReplies' })
export type SavedReplies = z.infer<typeof SavedReplies>

/** An adviser's 常用语; null until they save their own (the app offers starters in their language). */
export const SavedRepliesView = z.object({ items: z.array(z.string()).nullable() }).meta({ id: 'SavedRepliesView' })
export type SavedRepliesView = z.infer<typeof SavedRepliesView>

/** An adviser away (on leave) until a time: their conversations go to the backup meanwhile. */
export const AwayBody = z.object({ until: Instant.nullable() }).meta({ id: 'AwayBody' })
export type AwayBody = z.infer<typeof AwayBody>

/** The adviser's own figures. */
export const AdviserFigures = z
  .object({
    answeredThisWeek: z.number().int(),
    /** Median time from a resident's question to the first answer, over the last 30 days. */
    medianFirstReplyMinutes: z.number().nullable(),
    overdueNow: z.number().int(),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
    awayUntil: Instant.nullable(),
  })
  .meta({ id: 'AdviserFigures' })
export type AdviserFigures = z.infer<typeof AdviserFigures>

/** 督办: an overdue conversation as county staff see it, without what was said. */
export const OverdueConsultation = z
  .object({
    id: ConsultationId,
    village: z.object({ code: RegionCode, name: z.string() }),
    adviser: z.object({ id: z.string(), name: z.string(), phone: z.string().nullable() }),
    backup: z.object({ id: z.string(), name: z.string(), phone: z.string().nullable() }).nullable(),
    waitingSince: Instant,
    dueAt: Instant,
    handedOver: z.boolean(),
  })
  .meta({ id: 'OverdueConsultation' })
export type OverdueConsultation = z.infer<typeof OverdueConsultation>
export const OverdueList = z.object({ items: z.array(OverdueConsultation) }).meta({ id: 'OverdueList' })
export type OverdueList = z.infer<typeof OverdueList>

export const MessagesQuery = z.object({
  /** Everything after this sequence (after a reconnect), oldest first. */
  afterSeq: z.coerce.number().int().min(0).max(INT4_MAX, 'form.numberTooLarge').optional(),
  /** The page before this sequence (scrolling back), oldest first. */
  beforeSeq: z.coerce.number().int().min(1).max(INT4_MAX, 'form.numberTooLarge').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type MessagesQuery = z.infer<typeof MessagesQuery>

export const MessagePage = z.object({ items: z.array(Message), hasMore: z.boolean() }).meta({ id: 'MessagePage' })
export const DcMessagePage = z.object({ items: z.array(DcMessage), hasMore: z.boolean() }).meta({ id: 'DcMessagePage' })
export type DcMessagePage = z.infer<typeof DcMessagePage>
export type MessagePage = z.infer<typeof MessagePage>

export const ReadBody = z.object({ seq: Int4(0) }).meta({ id: 'ReadBody' })

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
    summary: '我的会话（居民）或我负责的村（居）的会话（法律顾问；可筛选、按居民或村名搜索）',
    query: ConsultationsQuery,
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
  resolveConsultation: {
    method: 'post',
    path: '/consultations/{id}/resolve',
    tag: 'consultations',
    auth: true,
    summary: '法律顾问标记会话已解决',
    params: IdParam,
    response: Consultation,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  reopenConsultation: {
    method: 'post',
    path: '/consultations/{id}/reopen',
    tag: 'consultations',
    auth: true,
    summary: '重新打开已解决的会话',
    params: IdParam,
    response: Consultation,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  rateConsultation: {
    method: 'post',
    path: '/consultations/{id}/rating',
    tag: 'consultations',
    auth: true,
    summary: '居民评价已解决的咨询',
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
    summary: '我的常用语（法律顾问）',
    response: SavedRepliesView,
    errors: ['FORBIDDEN'],
  },
  saveReplies: {
    method: 'put',
    path: '/consultations/saved-replies',
    tag: 'consultations',
    auth: true,
    summary: '保存常用语（整组替换）',
    body: SavedReplies,
    response: SavedReplies,
    errors: ['FORBIDDEN'],
  },
  setAway: {
    method: 'put',
    path: '/consultations/away',
    tag: 'consultations',
    auth: true,
    summary: '法律顾问请假（至某时，期间由备岗顾问答复）或销假（null）',
    body: AwayBody,
    response: AdviserFigures,
    errors: ['FORBIDDEN'],
  },
  adviserFigures: {
    method: 'get',
    path: '/consultations/figures',
    tag: 'consultations',
    auth: true,
    summary: '法律顾问本人的统计：本周答复、首次答复中位时间、超期数、评分',
    response: AdviserFigures,
    errors: ['FORBIDDEN'],
  },
  overdueConsultations: {
    method: 'get',
    path: '/consultations/overdue',
    tag: 'consultations',
    auth: true,
    summary: '督办：本县（区）超期未答复的咨询（工作人员；不含消息内容）',
    response: OverdueList,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
