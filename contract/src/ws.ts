import { z } from 'zod'
import { ErrorCode } from './common.js'

export { WS_HEARTBEAT_MS, WS_MAX_FRAME_BYTES, WsCloseCode } from './constants.js'

export const ClientPing = z.object({ event: z.literal('ping'), data: z.object({ t: z.number() }) })
export const ClientPresenceQuery = z.object({
  event: z.literal('presence'),
  data: z.object({ accountIds: z.array(z.string().max(64)).max(200) }),
})

export const ClientFrame = z.discriminatedUnion('event', [ClientPing, ClientPresenceQuery])
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

export const ServerFrame = z.discriminatedUnion('event', [ServerPong, ServerPresence, ServerReady, ServerError])
export type ServerFrame = z.infer<typeof ServerFrame>
