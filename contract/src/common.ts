import { z } from 'zod'
import { PHONE_PATTERN } from './constants.js'
import { isInstant, isLocalDate, LOCAL_TIME_PATTERN } from './time.js'

/** Mainland mobile number, 11 digits. */
export const Phone = z
  .string()
  .regex(new RegExp(PHONE_PATTERN), 'form.phone')
  .meta({ id: 'Phone', example: '13900000001' })

/**
 * GB/T 2260 code (6 digits: province, city, county) or the statistical
 * division code that extends it (9 digits: town, 12 digits: village).
 */
export const RegionCode = z
  .string()
  .regex(/^(\d{6}|\d{9}|\d{12})$/, 'form.regionCode')
  .meta({ id: 'RegionCode', example: '640121100201' })

/** An id or code of a record (institution, person, account, catalogue item): letters, digits, `-`, `_`. */
export const RecordId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'form.recordId')
  .meta({ id: 'RecordId', example: 'inst-yn-center' })

/** Lowercase hex SHA-256 (hashes of codes and tokens; never the secrets themselves). */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')

/** PostgreSQL's integer: numbers a route takes that reach a query are at most this (larger ones fail there). */
export const INT4_MAX = 2_147_483_647

/** A count or sequence a route takes: a whole number from `min` to what the database stores. */
export const Int4 = (min = 0) => z.number().int().min(min).max(INT4_MAX, 'form.numberTooLarge')

/** A calendar day on Beijing time (the service's zone), in the years the service can mean. */
export const LocalDay = z
  .string()
  .refine(isLocalDate, 'form.date')
  .meta({ id: 'LocalDay', example: '2026-12-01', format: 'date' })

/** A wall-clock time on Beijing time, `HH:mm`. */
export const LocalClock = z.string().regex(LOCAL_TIME_PATTERN, 'form.time').meta({ id: 'LocalClock', example: '09:00' })

/** An instant, ISO 8601 with its offset, in the years the service can mean. */
export const Instant = z
  .string()
  .refine(isInstant, 'form.instant')
  .meta({ id: 'Instant', format: 'date-time', example: '2026-12-01T01:00:00.000Z' })

export const RegionLevel = z.enum(['province', 'city', 'county', 'town', 'village'])
export type RegionLevel = z.infer<typeof RegionLevel>

export const Role = z.enum(['resident', 'adviser', 'staff'])
export type Role = z.infer<typeof Role>

/** Stable error codes shared by the app API and the data-center API. */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'RANGE_NOT_SATISFIABLE',
  'SMS_CODE_INVALID',
  'SMS_CODE_EXPIRED',
  'SMS_CODE_LOCKED',
  'SMS_SEND_TOO_OFTEN',
  'WECHAT_LOGIN_FAILED',
  'REFRESH_INVALID',
  'REFRESH_REUSED',
  'SESSION_REVOKED',
  'VILLAGE_INVALID',
  'VILLAGE_NOT_SET',
  'SLOT_FULL',
  'SLOT_UNAVAILABLE',
  'ALREADY_BOOKED',
  'NOT_CANCELLABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'FILE_TOO_LARGE',
  'FILE_TYPE_UNSUPPORTED',
  'CONTENT_UNSAFE',
  'SIGNATURE_INVALID',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL',
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** The HTTP status each error code is answered with, on both APIs. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  RANGE_NOT_SATISFIABLE: 416,
  SMS_CODE_INVALID: 400,
  SMS_CODE_EXPIRED: 400,
  SMS_CODE_LOCKED: 400,
  SMS_SEND_TOO_OFTEN: 429,
  WECHAT_LOGIN_FAILED: 401,
  REFRESH_INVALID: 401,
  REFRESH_REUSED: 401,
  SESSION_REVOKED: 401,
  VILLAGE_INVALID: 400,
  VILLAGE_NOT_SET: 409,
  SLOT_FULL: 409,
  SLOT_UNAVAILABLE: 409,
  ALREADY_BOOKED: 409,
  NOT_CANCELLABLE: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_UNSUPPORTED: 415,
  CONTENT_UNSAFE: 422,
  SIGNATURE_INVALID: 401,
  UPSTREAM_UNAVAILABLE: 503,
  INTERNAL: 500,
}

/** What a person is told, as a key of `NOTICES` (contract/src/notices.ts) and the values it names. */
export const Notice = z
  .object({
    key: z.string().max(80),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .meta({ id: 'Notice' })

export const ErrorBody = z
  .object({
    code: ErrorCode,
    /** For a developer reading a log: a person is told `notice`, in their language (and `message` until every error has one). */
    message: z.string(),
    notice: Notice.optional(),
    correlationId: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Error' })
export type ErrorBody = z.infer<typeof ErrorBody>

/** A list response: `{ items: T[] }`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) })
