// Plain constants, no zod: the client may import them at run time.

/** Mainland mobile number, 11 digits: the contract's Phone schema and the sign-in form both use it. */
export const PHONE_DIGITS = 11
export const PHONE_PATTERN = `^1[3-9]\\d{${PHONE_DIGITS - 2}}$`

/** A unified request number: 16 digits, the last a check digit (request-number.ts). */
export const REQUEST_NUMBER_DIGITS = 16
export const REQUEST_NUMBER_PATTERN = `^\\d{${REQUEST_NUMBER_DIGITS}}$`

/** The last four digits of the phone a request gave: what looks it up without signing in. */
export const PHONE_LAST4_DIGITS = 4
export const PHONE_LAST4_PATTERN = `^\\d{${PHONE_LAST4_DIGITS}}$`

/** The six digits of an SMS sign-in code. */
export const SMS_CODE_DIGITS = 6
export const SMS_CODE_PATTERN = `^\\d{${SMS_CODE_DIGITS}}$`

/** A resident ID number: 17 digits and a check character (id-card.ts). */
export const ID_NUMBER_LENGTH = 18

/** The longest chat message, and the longest note on a hand-over card (message frames, not routes). */
export const MESSAGE_TEXT_MAX = 2000
export const HANDOVER_NOTE_MAX = 300

/** WebSocket frames are `{event, data}` JSON, at most WS_MAX_FRAME_BYTES. */
export const WS_MAX_FRAME_BYTES = 64 * 1024
export const WS_HEARTBEAT_MS = 25_000

/** Close codes the server uses; the client reacts to them. */
export const WsCloseCode = {
  normal: 1000,
  goingAway: 1001,
  /** Frame was not JSON or not a known `{event, data}`. */
  invalidFrame: 1007,
  /** Frame larger than WS_MAX_FRAME_BYTES. */
  tooBig: 1009,
  /** The server cannot check credentials right now (starting, data center unreachable): retry with backoff. */
  tryAgainLater: 1013,
  /** No or bad credentials at the handshake: refresh the token, then reconnect. */
  unauthorized: 4401,
  /** Signed out elsewhere or session revoked: do not reconnect. */
  revoked: 4403,
  /** Fell too far behind reading (WS_SEND_BUFFER_BYTES queued): reconnect, then fetch what was missed. */
  slowConsumer: 4408,
  /** The account already has WS_SOCKETS_PER_ACCOUNT sockets on this server: retry later with backoff. */
  tooManySockets: 4409,
  /** Sent frames faster than WS_FRAMES_PER_SECOND (burst WS_FRAME_BURST): reconnect after a backoff. */
  rateLimited: 4429,
} as const

/** A voice note is at most a minute long; anything shorter than half a second is a slip of the finger. */
export const VOICE_MAX_MS = 60_000
export const VOICE_MIN_MS = 500

/** 视频咨询: the catalogue item booked to meet the village adviser on video. */
export const VIDEO_CONSULT_ITEM = 'video-consult'
/** Both sides can join a 视频咨询 from this many minutes before its start until its end. */
export const VIDEO_JOIN_EARLY_MINUTES = 10

/** An adviser's leave (请假) ends at most this many days ahead. */
export const AWAY_MAX_DAYS = 366
/** Staff close days (闭馆) at most this many days ahead. */
export const CLOSURE_MAX_DAYS_AHEAD = 366

/** What a resident may say of a finished service, as codes (the app reads each as text), in the order shown. */
export const RATING_TAGS = ['friendly', 'quick', 'clear', 'tidy', 'longWait', 'unclear'] as const
