import { randomUUID } from 'node:crypto'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, refusal } from './app-error.js'

/** What a request id may look like when a client sends one: echoed in headers and logs, so nothing else. */
const REQUEST_ID = /^[\w-]{8,64}$/

/** Fastify's genReqId: the caller's X-Request-ID when it is a well-formed id, a fresh UUID otherwise. */
export function requestIdOf(req: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req.headers['x-request-id']
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
}

/**
 * Fastify's frameworkErrors: the router refuses a malformed URL (`%ff%fe`) or an over-long
 * parameter before any route, hook or filter runs; answer it in our error format too.
 */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode === 414 ? 414 : 400
  void reply
    .code(status)
    .header('x-request-id', req.id)
    .send({ ...refusal('VALIDATION_FAILED', 'request.badUrl'), correlationId: req.id })
}

/** No path or query of ours holds a control character; PostgreSQL cannot store NUL at all. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_URL = /[\u0000-\u001f\u007f]/
const MAX_DEPTH = 32

function decoded(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url // a malformed escape is the router's to refuse (400)
  }
}

/** True when any string (or key) in a parsed JSON body holds NUL, or it nests absurdly deep. */
function unstorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (value === null || typeof value !== 'object') return false
  if (depth > MAX_DEPTH) return true
  if (Array.isArray(value)) return value.some((v) => unstorable(v, depth + 1))
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || unstorable(v, depth + 1))
}

/**
 * Refuses, before any handler runs, what no route of ours accepts and the database cannot
 * store: control characters in the path or query, NUL anywhere in a JSON body. The contract's
 * schemas then give every parameter its shape; this is the floor under all of them.
 */
export function refuseUnstorableInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (req) => {
    if (CONTROL_IN_URL.test(decoded(req.url))) {
      throw new AppError('VALIDATION_FAILED', { key: 'request.badUrlChars' })
    }
    if (unstorable(req.body)) throw new AppError('VALIDATION_FAILED', { key: 'request.badChars' })
  })
}
