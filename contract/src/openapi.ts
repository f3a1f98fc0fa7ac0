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

function parameters(schema: z.ZodObject, where: 'query' | 'path'): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' })
  const props = json.properties as Record<string, Json> | undefined
  return Object.entries(props ?? {}).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || !schema.shape[name]?.safeParse(undefined).success,
    schema: p,
  }))
}

/** The 4xx answers of a route: bad input, no sign-in, and the errors it declares, by status. */
function errorAnswers(r: RouteSpec): Map<number, ErrorCode[]> {
  const codes: ErrorCode[] = [...(r.errors ?? [])]
  if (r.params || r.query || r.body) codes.unshift('VALIDATION_FAILED')
  if (r.auth) codes.unshift('UNAUTHENTICATED')
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
  const roots = [idOf(ErrorBody, 'ErrorBody')]
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: ref(roots[0]) } },
  })
  for (const [operationId, r] of Object.entries(routes)) {
    const where = `${r.method.toUpperCase()} ${r.path}`
    const responseId = r.response ? idOf(r.response, `${where} response`) : null
    const responses: Json = {
      [String(r.status ?? (responseId ? 200 : 204))]: responseId
        ? { description: 'OK', content: { 'application/json': { schema: ref(responseId) } } }
        : { description: 'No Content' },
    }
    for (const [status, codes] of errorAnswers(r)) responses[String(status)] = error(codes.join(', '))
    responses.default = error('Error')
    const op: Json = {
      operationId,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...(r.params ? parameters(r.params, 'path') : []), ...(r.query ? parameters(r.query, 'query') : [])],
      responses,
    }
    if (responseId) roots.push(responseId)
    if (r.body) {
      const bodyId = idOf(r.body, `${where} body`)
      roots.push(bodyId)
      op.requestBody = { required: true, content: { 'application/json': { schema: ref(bodyId) } } }
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
      schemas: reachable(allComponents(), roots),
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
