import { z } from 'zod'
import { CallId, CallKind } from './app-api/call-record.js'
import { Call } from './app-api/calls.js'
import { ClientMessageId, ConsultationId, Message } from './app-api/consultations.js'
import { ErrorCode, Notice } from './common.js'

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

/** Calls one's conversation's other side (every device of it rings). */
export const ClientCallInvite = z.object({
  event: z.literal('call.invite'),
  data: z.object({ consultationId: ConsultationId, kind: CallKind }),
})
const callFrame = <E extends string>(event: E) =>
  z.object({ event: z.literal(event), data: z.object({ callId: CallId }) })
/** The side rung answers, on this device (the others stop ringing). */
export const ClientCallAccept = callFrame('call.accept')
export const ClientCallReject = callFrame('call.reject')
/** The caller gives up while it rings. */
export const ClientCallCancel = callFrame('call.cancel')
/** Either side ends an answered call; `failed`: this device could not make the line, nobody was heard. */
export const ClientCallHangup = z.object({
  event: z.literal('call.hangup'),
  data: z.object({ callId: CallId, failed: z.literal(true).optional() }),
})
/** This device is still in the call: sent every few seconds; a side silent for 10 s is taken as gone. */
export const ClientCallAlive = callFrame('call.alive')
/** WebRTC's SDP and ICE, to the other side's device in the call, as is. */
export const ClientCallSignal = z.object({
  event: z.literal('call.signal'),
  data: z.object({ callId: CallId, signal: z.record(z.string(), z.unknown()) }),
})

export const ClientFrame = z.discriminatedUnion('event', [
  ClientPing,
  ClientPresenceQuery,
  ClientMessageSend,
  ClientCallInvite,
  ClientCallAccept,
  ClientCallReject,
  ClientCallCancel,
  ClientCallHangup,
  ClientCallAlive,
  ClientCallSignal,
])
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
  /** `connectionId`: this socket, as call frames name the device that answered or called. */
  data: z.object({ accountId: z.string(), serverTime: z.number(), connectionId: z.string() }),
})
export const ServerError = z.object({
  event: z.literal('error'),
  data: z.object({ code: ErrorCode, message: z.string(), notice: Notice.optional() }),
})

/**
 * The message is stored (committed in the data center) under `seq`: it will not be lost or doubled.
 * It carries the message as stored: the sending device gets the message here only, every other
 * device of both sides as `message.new`.
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
    /** What to tell the person, read in their language (contract/src/notices.ts); else `message`. */
    notice: Notice.optional(),
    /** True when nothing is wrong with the message (the data center is unreachable): send it again later. */
    retry: z.boolean(),
  }),
})
/**
 * A new message in one of the recipient's conversations, to every device of both sides but the
 * one that sent it.
 */
export const ServerMessageNew = z.object({ event: z.literal('message.new'), data: Message })
/** A side read up to `seq`. */
export const ServerMessageRead = z.object({
  event: z.literal('message.read'),
  data: z.object({ consultationId: ConsultationId, side: z.enum(['resident', 'adviser']), seq: z.number().int() }),
})

/**
 * A call changed (rang, was answered, ended), to every device of both sides. `device` is the
 * socket that caused it: the caller's for ringing, the one that answered for active; a device of
 * the side rung that is not it stops ringing.
 */
export const ServerCallState = z.object({
  event: z.literal('call.state'),
  data: z.object({ call: Call, device: z.string().nullable() }),
})
/** The other side's SDP or ICE, to the device in the call. */
export const ServerCallSignal = z.object({
  event: z.literal('call.signal'),
  data: z.object({ callId: CallId, signal: z.record(z.string(), z.unknown()) }),
})
/** A call frame was refused (not a party, answered elsewhere, already ended): why, as a notice or a message. */
export const ServerCallFailed = z.object({
  event: z.literal('call.failed'),
  data: z.object({ callId: CallId.nullable(), code: ErrorCode, message: z.string(), notice: Notice.optional() }),
})

export const ServerFrame = z.discriminatedUnion('event', [
  ServerCallState,
  ServerCallSignal,
  ServerCallFailed,
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
