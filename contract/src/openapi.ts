import { z } from 'zod'
import { ERROR_STATUS, ErrorBody, type ErrorCode } from './common.js'
import type { RouteSpec, RouteTable } from './route.js'

type Json = Record<string, unknown>

const PREFIX = '#/components/schemas/'

function idOf(t: z.ZodType, where: string): string {
  const id = z.globalRegistry.get(t)?.id
  if (!id) throw new Error(`${where}: give the schema an id with .meta({ id }) so the document can name it`)
  return id
}

/** Every named schema of the contract, referring to each other by $ref. */
function allComponents(): Record<string, Json> {
  const out = z.toJSONSchema(z.globalRegistry, {
    io: 'output',
    unrepresentable: 'any',
    target: 'openapi-3.0',
    uri: (id) => `${PREFIX}${id}`,
  }) as { schemas: Record<string, Json> }
  return out.schemas
}

/**
 * What zod writes, made plain OpenAPI 3.0: refs to named schemas point into components (zod
 * names them `#/definitions/X` in a lone schema), a lone `allOf: [$ref]` is the $ref itself, and
 * a nullable $ref carries the `type` of what it refers to (3.0 wants `type` beside `nullable`).
 */
function tidy(node: unknown, all: Record<string, Json>, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => tidy(n, all, refs))
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'definitions') continue
    if (key === '$ref' && typeof value === 'string') {
      const id = value.replace(/^#\/(definitions|components\/schemas)\//, '')
      refs.add(id)
      out.$ref = `${PREFIX}${id}`
    } else out[key] = tidy(value, all, refs)
  }
  const allOf = out.allOf as Json[] | undefined
  const lone =
    allOf?.length === 1 && Object.keys(allOf[0]).length === 1 ? (allOf[0].$ref as string | undefined) : undefined
  if (lone) {
    const others = Object.keys(out).filter((k) => k !== 'allOf')
    if (others.length === 0) return { $ref: lone }
    const type = all[lone.slice(PREFIX.length)]?.type
    if (out.nullable && !out.type && type) out.type = type
  }
  return out
}

/** The components a document needs: those its routes name, and what those refer to. */
function reachable(all: Record<string, Json>, roots: string[]): Record<string, Json> {
  const picked: Record<string, Json> = {}
  const visit = (id: string) => {
    if (picked[id] || !all[id]) return
    const { $id: _id, ...schema } = all[id]
    picked[id] = schema
    JSON.stringify(schema, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(PREFIX)) visit(value.slice(PREFIX.length))
      return value
    })
  }
  roots.forEach(visit)
  return Object.fromEntries(Object.entries(picked).sort(([a], [b]) => a.localeCompare(b)))
}

function parameters(
  schema: z.ZodObject,
  where: 'query' | 'path' | 'header',
  all: Record<string, Json>,
  refs: Set<string>,
): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' })
  const props = json.properties as Record<string, Json> | undefined
  return Object.entries(props ?? {}).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || !schema.shape[name]?.safeParse(undefined).success,
    schema: tidy(p, all, refs),
  }))
}

/**
 * The 4xx answers of a route, by status: bad input, no sign-in (or no valid signature), the
 * errors it declares, and, on the app API, the per-client rate limit every route has.
 */
function errorAnswers(r: RouteSpec, security: 'bearer' | 'hmac'): Map<number, ErrorCode[]> {
  const codes: ErrorCode[] = [...(r.errors ?? [])]
  if (r.params || r.query || r.headers || r.body) codes.unshift('VALIDATION_FAILED')
  if (r.auth) codes.unshift(security === 'bearer' ? 'UNAUTHENTICATED' : 'SIGNATURE_INVALID')
  if (security === 'bearer') codes.push('RATE_LIMITED')
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of codes) {
    const status = ERROR_STATUS[code]
    const list = byStatus.get(status) ?? []
    if (!list.includes(code)) list.push(code)
    byStatus.set(status, list)
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b))
}

const ref = (id: string) => ({ $ref: `${PREFIX}${id}` })

/** Builds an OpenAPI 3.0 document from one API's route table; each route's name is its operationId. */
export function buildOpenApi(
  routes: RouteTable,
  info: { title: string; version: string; serverUrl: string; security: 'bearer' | 'hmac' },
): Json {
  const paths: Record<string, Record<string, Json>> = {}
  const all = allComponents()
  const refs = new Set<string>()
  const roots = [idOf(ErrorBody, 'ErrorBody')]
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: ref(roots[0]) } },
  })
  for (const [operationId, r] of Object.entries(routes)) {
    const where = `${r.method.toUpperCase()} ${r.path}`
    const responseId = r.response ? idOf(r.response, `${where} response`) : null
    const responses: Json = {
      [String(r.status ?? (responseId || r.files === 'download' ? 200 : 204))]: responseId
        ? { description: 'OK', content: { 'application/json': { schema: ref(responseId) } } }
        : r.files === 'download'
          ? { description: 'The file', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } }
          : { description: 'No Content' },
    }
    for (const [status, codes] of errorAnswers(r, info.security)) responses[String(status)] = error(codes.join(', '))
    responses.default = error('Error')
    const op: Json = {
      operationId,
      summary: r.summary,
      tags: [r.tag],
      parameters: [
        ...(r.params ? parameters(r.params, 'path', all, refs) : []),
        ...(r.query ? parameters(r.query, 'query', all, refs) : []),
        ...(r.headers ? parameters(r.headers, 'header', all, refs) : []),
      ],
      responses,
    }
    if (responseId) roots.push(responseId)
    if (r.body) {
      const bodyId = idOf(r.body, `${where} body`)
      roots.push(bodyId)
      op.requestBody = { required: true, content: { 'application/json': { schema: ref(bodyId) } } }
    }
    if (r.files === 'upload') {
      const file = { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } }
      op.requestBody = { required: true, content: { 'multipart/form-data': { schema: file } } }
    }
    op.security = r.auth ? [{ [info.security]: [] }] : []
    paths[r.path] ??= {}
    paths[r.path][r.method] = op
  }
  return {
    openapi: '3.0.3',
    info: { title: info.title, version: info.version },
    servers: [{ url: info.serverUrl }],
    components: {
      schemas: tidy(reachable(all, [...roots, ...refs]), all, new Set()) as Json,
      securitySchemes:
        info.security === 'bearer'
          ? { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }
          : {
              hmac: {
                type: 'apiKey',
                in: 'header',
                name: 'x-dc-signature',
                description:
                  'HMAC-SHA256 over method, path, x-dc-timestamp, x-dc-nonce, body SHA-256, x-dc-actor and x-dc-role, joined by newlines',
              },
            },
    },
    paths,
  }
}
