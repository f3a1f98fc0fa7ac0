import { z } from 'zod'
import { parseEnv } from '#common'

const secret = (name: string) =>
  z.string({ error: `is required (at least 32 characters): ${name}` }).min(32, 'must be at least 32 characters')

const BffEnv = z
  .object({
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATACENTER_URL: z.url({ error: 'is required: base URL of the data center, e.g. http://127.0.0.1:3100' }),
    DC_HMAC_SECRET: secret('shared with the data center'),
    DC_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    JWT_SECRET: secret('signs access tokens'),
    ACCESS_TOKEN_TTL: z.coerce
      .number()
      .int()
      .positive()
      .default(15 * 60),
    REFRESH_TOKEN_TTL: z.coerce
      .number()
      .int()
      .positive()
      .default(30 * 24 * 3600),
    /** Seconds in which a spent refresh token presented again gets the same new token (lost replies). */
    REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    SMS_DRIVER: z.enum(['console', 'http']).default('console'),
    SMS_GATEWAY_URL: z.url().optional(),
    SMS_GATEWAY_KEY: z.string().optional(),
    SMS_CODE_TTL: z.coerce.number().int().min(60).max(900).default(300),
    WECHAT_APP_ID: z.string().default(''),
    WECHAT_APP_SECRET: z.string().default(''),
    WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
    WECHAT_CLOUD_TICKET_SECRET: z.string().min(32).optional(),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    /** Namespaces every key and channel, so deployments (and test runs) can share one Redis. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]*$/)
      .default('pocket12348:'),
    H5_DIR: z.string().optional(),
    /** Bytes queued for one socket before it counts as not reading and is closed (4408). */
    WS_SEND_BUFFER_BYTES: z.coerce
      .number()
      .int()
      .min(16 * 1024)
      .default(1024 * 1024),
    /** Frames a socket may send per second on average (4429 beyond), and in one burst. */
    WS_FRAMES_PER_SECOND: z.coerce.number().positive().default(10),
    WS_FRAME_BURST: z.coerce.number().int().positive().default(40),
    /** Sockets one account may hold on one BFF instance (4409 beyond). */
    WS_SOCKETS_PER_ACCOUNT: z.coerce.number().int().positive().default(8),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
    SMS_SEND_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(20),
    /** How often each instance asks the data center for due notifications, and how long it holds them. */
    NOTIFY_POLL_MS: z.coerce.number().int().min(100).default(2000),
    NOTIFY_LEASE_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
    /** How often each instance asks the data center to hand overdue conversations to backup advisers. */
    HANDOVER_SWEEP_MS: z.coerce.number().int().min(100).default(60_000),
    /** How often each instance deletes the bytes of uploads attached to nothing (see ORPHAN_FILE_MINUTES). */
    FILE_SWEEP_MS: z.coerce.number().int().min(100).default(3_600_000),
    /** How often calls nobody answered, and calls a side went silent on, are ended (every instance sweeps). */
    CALL_SWEEP_MS: z.coerce.number().int().min(100).default(2_000),
    /** Calls one account may start in a minute: a flood of invites is refused. */
    CALL_INVITES_PER_MINUTE: z.coerce.number().int().min(1).default(6),
    /** TRTC (the mini-program's call media): the application and its UserSig secret (stays here). */
    TRTC_SDK_APP_ID: z.coerce.number().int().positive().optional(),
    TRTC_SECRET_KEY: z.string().min(16).optional(),
    /** H5 WebRTC: STUN and TURN servers (comma-separated URLs), TURN's shared secret (TURN REST, as coturn's static-auth-secret). */
    CALL_STUN_URLS: z.string().default(''),
    CALL_TURN_URLS: z.string().default(''),
    CALL_TURN_SECRET: z.string().min(16).optional(),
    /** How long a call's UserSig and TURN credentials are good for. */
    CALL_CREDENTIAL_SECONDS: z.coerce.number().int().min(60).default(600),
    /** Subscribe-message template for booking notices (fields thing1 item, time2 when, thing3 place, character_string4 number, phrase5 status). */
    WECHAT_SUBSCRIBE_TEMPLATE_ID: z.string().optional(),
    /** Subscribe-message template for chat notices (thing1 who wrote, thing2 village, time3 when, thing4 what to do). */
    WECHAT_SUBSCRIBE_CONSULT_TEMPLATE_ID: z.string().optional(),
    /**
     * How subscribe messages go out: `wechat` by WeChat's HTTPS API (needs the AppID and secret),
     * `cloud` through the cloud function `notify` (cloud/functions/notify) at WECHAT_CLOUD_NOTIFY_URL,
     * for a deployment that keeps the AppSecret off the BFF.
     */
    SUBSCRIBE_DRIVER: z.enum(['wechat', 'cloud']).default('wechat'),
    WECHAT_CLOUD_NOTIFY_URL: z.url().optional(),
    /** Signs requests to the notify function; the same value as its NOTIFY_SECRET. */
    WECHAT_CLOUD_NOTIFY_SECRET: z.string().min(32).optional(),
    /** Progress look-ups by number per client IP and hour (numbers are partly guessable). */
    PROGRESS_QUERIES_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(30),
    /**
     * How text people write for others is checked before it is stored: `words` by the data center's
     * list (content rules) alone; `wechat` by that list and, for senders WeChat knows (mini-program
     * users), msgSecCheck too (needs the AppID and secret).
     */
    CONTENT_CHECK: z.enum(['words', 'wechat']).default('words'),
    /** How often each instance reads the content rules again (operators' changes arrive within it). */
    CONTENT_RULES_REFRESH_MS: z.coerce.number().int().min(100).default(60_000),
    /** Where uploaded files are kept: a folder (embedded default) or an S3-compatible bucket. */
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    UPLOAD_DIR: z.string().default('.data/uploads'),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Path-style addressing (`endpoint/bucket/key`), which most self-hosted S3 services need. */
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** The largest file one upload may carry (after the phone compressed it). */
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    /** How long a file link handed to a viewer stays valid. */
    FILE_LINK_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_DRIVER === 's3' && !(env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message:
          'STORAGE_DRIVER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT unless AWS)',
      })
    }
    if (env.SMS_DRIVER === 'http' && (!env.SMS_GATEWAY_URL || !env.SMS_GATEWAY_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMS_GATEWAY_URL'],
        message: 'SMS_DRIVER=http needs SMS_GATEWAY_URL and SMS_GATEWAY_KEY',
      })
    }
    if (!!env.WECHAT_APP_ID !== !!env.WECHAT_APP_SECRET && !env.WECHAT_CLOUD_TICKET_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_SECRET'],
        message: 'set both WECHAT_APP_ID and WECHAT_APP_SECRET (or WECHAT_CLOUD_TICKET_SECRET)',
      })
    }
    if (env.SUBSCRIBE_DRIVER === 'cloud' && (!env.WECHAT_CLOUD_NOTIFY_URL || !env.WECHAT_CLOUD_NOTIFY_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_CLOUD_NOTIFY_URL'],
        message: 'SUBSCRIBE_DRIVER=cloud needs WECHAT_CLOUD_NOTIFY_URL and WECHAT_CLOUD_NOTIFY_SECRET (32+ characters)',
      })
    }
    if (env.CONTENT_CHECK === 'wechat' && (!env.WECHAT_APP_ID || !env.WECHAT_APP_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CONTENT_CHECK'],
        message: 'CONTENT_CHECK=wechat needs WECHAT_APP_ID and WECHAT_APP_SECRET (msgSecCheck takes an access token)',
      })
    }
  })

export type BffConfig = z.infer<typeof BffEnv>
export const BFF_CONFIG = Symbol('BFF_CONFIG')

export function loadBffConfig(env: NodeJS.ProcessEnv = process.env): BffConfig {
  return parseEnv(BffEnv, env, 'bff')
}
