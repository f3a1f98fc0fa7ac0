import { z } from 'zod'
import { parseEnv } from '#common'

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

const DcEnv = z.object({
  DC_HOST: z.string().default('127.0.0.1'),
  DC_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  /** Shared with the BFF; every request must be signed with it. */
  DC_HMAC_SECRET: z.string({ error: 'is required (at least 32 characters)' }).min(32, 'must be at least 32 characters'),
  /** PostgreSQL; when unset the embedded PGlite in PGLITE_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  /** Where last-good copies of the PGlite folder go; beside it by default (`<PGLITE_DIR>-backups`). */
  PGLITE_BACKUP_DIR: z.string().optional(),
  /** How many copies to keep, and how often to take one while running (0: only at a clean stop). */
  PGLITE_BACKUPS: z.coerce.number().int().min(1).default(5),
  PGLITE_BACKUP_MINUTES: z.coerce.number().min(0).default(360),
  SEED_DEMO: bool.default(true),
  /** How ID numbers are sealed at rest: SM4-CBC + HMAC-SM3 (国密) or AES-256-GCM. */
  ID_CIPHER: z.enum(['sm4', 'aes-256-gcm']).default('sm4'),
  /** `keyId:64 hex[,keyId:64 hex…]`: the first seals, every one still opens (rotation). */
  ID_CIPHER_KEYS: z
    .string({ error: 'is required: keyId:<64 hex>[,keyId:<64 hex>…], the first one seals' })
    .regex(/^[\w-]{1,16}:[0-9a-f]{64}(,[\w-]{1,16}:[0-9a-f]{64})*$/, 'must be keyId:<64 hex>[,keyId:<64 hex>…]'),
  /** 64 hex: keys the look-up hash of ID numbers (separate from the sealing keys). */
  ID_LOOKUP_KEY: z
    .string({ error: 'is required: 64 hex characters' })
    .regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters'),
  /** How long before a booked slot its reminder is due. */
  REMINDER_LEAD_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 60),
  /** How long an adviser has to answer a resident (working time), and when it counts as due soon. */
  REPLY_DEADLINE: z
    .string()
    .regex(/^\d+(h|m|s)$/, 'must be a duration such as 24h, 90m or 30s')
    .default('24h'),
  REPLY_DUE_SOON: z
    .string()
    .regex(/^\d+(h|m|s)$/, 'must be a duration such as 4h, 90m or 30s')
    .default('4h'),
  /** Advisers' working hours, Beijing time: `1-5 08:30-17:30` (Monday to Friday); empty: around the clock. */
  REPLY_WORKING_HOURS: z
    .string()
    .regex(/^$|^[1-7]-[1-7] \d{2}:\d{2}-\d{2}:\d{2}$/, 'must look like "1-5 08:30-17:30" (ISO weekdays, Beijing time)')
    .default(''),
  /** Working days an office has to answer a complaint (or its review), and the last of them that show as due soon. */
  COMPLAINT_ANSWER_DAYS: z.coerce.number().int().min(1).max(60).default(15),
  COMPLAINT_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  /** A call nobody answers in this time is missed; a side whose device is silent this long is gone. */
  CALL_RING_SECONDS: z.coerce.number().int().min(1).default(45),
  CALL_ALIVE_SECONDS: z.coerce.number().int().min(1).default(10),
  /** Files one account may upload in 24 hours, and the bytes all its files may take: limits nobody real meets. */
  UPLOADS_PER_DAY: z.coerce.number().int().min(1).default(200),
  UPLOAD_BYTES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .default(1024 ** 3),
  /** A file attached to nothing this long after its upload is swept (its bytes deleted by the BFF). */
  ORPHAN_FILE_MINUTES: z.coerce
    .number()
    .min(0)
    .default(24 * 60),
  /**
   * Build the library's search index as soon as the data center listens (1–2 s of CPU), so the first
   * person to search after a start does not wait for it; test stacks, which rarely search, turn it off.
   */
  LIBRARY_WARM_UP: bool.default(true),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
})

export type DcConfig = z.infer<typeof DcEnv>
export const DC_CONFIG = Symbol('DC_CONFIG')

export function loadDcConfig(env: NodeJS.ProcessEnv = process.env): DcConfig {
  return parseEnv(DcEnv, env, 'datacenter')
}

const DbEnv = DcEnv.pick({
  DATABASE_URL: true,
  PGLITE_DIR: true,
  PGLITE_BACKUP_DIR: true,
  PGLITE_BACKUPS: true,
  PGLITE_BACKUP_MINUTES: true,
})
export type DbConfig = z.infer<typeof DbEnv>

/** Only where the database is: for `npm run db:restore`, which needs no secret. */
export function loadDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  return parseEnv(DbEnv, env, 'db:restore')
}
