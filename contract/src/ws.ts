import { z } from 'zod'
import { ClientMessageId, ConsultationId, Message } from './app-api/consultations.js'
import { ErrorCode } from './common.js'

export { WS_HEARTBEAT_MS, WS_MAX_FRAME_BYTES, WsCloseCode } from './constants.js'

export const ClientPing = z.object({ event: z.literal('ping'), data: z.object({ t: z.number() }) })
export const ClientPresenceQuery = z.object({
  event: z.literal('presence'),
  data: z.object({ accountIds: z.array(z.string().max(64)).max(200) }),
})

/**
 * A message to store and deliver. The frame's shape is checked here; the message itself by the
 * handler, so a blank or over-long text gets `message.failed` with a reason, not a closed socket.
 */
export const ClientMessageSend = z.object({
  event: z.literal('message.send'),
  data: z.object({
    consultationId: ConsultationId,
    clientId: ClientMessageId,
    message: z.record(z.string(), z.unknown()),
  }),
})

export const ClientFrame = z.discriminatedUnion('event', [ClientPing, ClientPresenceQuery, ClientMessageSend])
export type ClientFrame = z.infer<typeof ClientFrame>

export const ServerPong = z.object({ event: z.literal('pong'), data: z.object({ t: z.number() }) })
export const ServerPresence = z.object({
  event: z.literal('presence'),
  data: z.object({
    states: z.array(z.object({ accountId: z.string(), online: z.boolean() })),
  }),
})
export const ServerReady = z.object({
  event: z.literal('ready'),
  data: z.object({ accountId: z.string(), serverTime: z.number() }),
})
export const ServerError = z.object({
  event: z.literal('error'),
  data: z.object({ code: ErrorCode, message: z.string() }),
})

/**
 * The message is stored (committed in the data center) under `seq`: it will not be lost or doubled.
 * It carries the message as stored, so the sending device shows it without waiting for its
 * `message.new` (which every device of both sides gets too).
 */
export const ServerMessageAck = z.object({
  event: z.literal('message.ack'),
  data: z.object({
    consultationId: ConsultationId,
    clientId: ClientMessageId,
    seq: z.number().int(),
    at: z.string(),
    message: Message,
  }),
})
/** The message was refused (its reason says why); retrying the same will be refused again. */
export const ServerMessageFailed = z.object({
  event: z.literal('message.failed'),
  data: z.object({
    consultationId: ConsultationId,
    clientId: ClientMessageId,
    code: ErrorCode,
    message: z.string(),
    /** True when nothing is wrong with the message (the data center is unreachable): send it again later. */
    retry: z.boolean(),
  }),
})
/** A new message in one of the recipient's conversations, to every device of both sides. */
export const ServerMessageNew = z.object({ event: z.literal('message.new'), data: Message })
/** A side read up to `seq`. */
export const ServerMessageRead = z.object({
  event: z.literal('message.read'),
  data: z.object({ consultationId: ConsultationId, side: z.enum(['resident', 'adviser']), seq: z.number().int() }),
})

export const ServerFrame = z.discriminatedUnion('event', [
  ServerPong,
  ServerPresence,
  ServerReady,
  ServerError,
  ServerMessageAck,
  ServerMessageFailed,
  ServerMessageNew,
  ServerMessageRead,
])
export type ServerFrame = z.infer<typeof ServerFrame>
