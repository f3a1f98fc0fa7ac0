import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { request } from 'undici'
import WebSocket from 'ws'
import { ErrorCode, WS_MAX_FRAME_BYTES, WsCloseCode } from '@pocket/contract'
import appApi from '../../contract/openapi/app-api.json'
import { signInBySms } from '../support/api'
import { boundary, resolver, valid, type JsonSchema } from '../support/schema-arbitrary'
import { startStack, type Stack } from '../support/stack'

/**
 * Property-based fuzzing driven by the contract: every route of the app API gets FUZZ_RUNS
 * generated requests (valid, just-outside-the-bounds, wrong-typed, odd content types and
 * encodings), and the WebSocket gets FUZZ_RUNS frames. Whatever arrives, the answer is never a
 * 5xx, never carries a stack trace or an internal detail, every error is our `{code, message}`,
 * and both processes are still the same ones afterwards. FUZZ_SEED replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

interface Parameter {
  name: string
  in: 'path' | 'query'
  required?: boolean
  schema: JsonSchema
}
interface Operation {
  method: string
  path: string
  params: Parameter[]
  body?: JsonSchema
  secured: boolean
}

const doc = appApi as unknown as {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[]
        requestBody?: { content: Record<string, { schema: JsonSchema }> }
        security?: unknown[]
      }
    >
  >
  components: { schemas: Record<string, JsonSchema> }
}
const resolve = resolver(doc)
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    params: op.parameters ?? [],
    body: op.requestBody?.content['application/json']?.schema,
    secured: (op.security ?? []).length > 0,
  })),
)

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates too, which encodeURIComponent refuses). */
function pct(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('')
}

/** What a hostile or broken client might put where a parameter goes, already URL-encoded. */
const junkSegment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map(pct),
  fc.constantFrom('%ff%fe', '%00', '%E0%A4%A', '..%2f..%2fetc%2fpasswd', '%25', 'a'.repeat(300), '%C0%AF', '%u0000'),
)

function paramValue(p: Parameter): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid(p.schema, resolve).map((v) => pct(String(v))) },
    {
      weight: 2,
      arbitrary: boundary(p.schema, resolve).map((v) => pct(typeof v === 'string' ? v : JSON.stringify(v))),
    },
    { weight: 2, arbitrary: junkSegment },
  )
}

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; bytes: Buffer; encoding?: string }
  | { kind: 'oversize'; bytes: number }

const oddBody: fc.Arbitrary<Body> = fc.oneof(
  fc
    .string({ maxLength: 60 })
    .map((t): Body => ({ kind: 'raw', contentType: 'application/json', bytes: Buffer.from(`{${t}`) })),
  fc
    .jsonValue()
    .map((v): Body => ({ kind: 'raw', contentType: 'text/plain', bytes: Buffer.from(JSON.stringify(v) ?? '') })),
  fc.jsonValue().map((v): Body => ({
    kind: 'raw',
    contentType: 'application/x-www-form-urlencoded',
    bytes: Buffer.from(`a=${pct(JSON.stringify(v) ?? '')}`),
  })),
  fc.constant<Body>({
    kind: 'raw',
    contentType: 'multipart/form-data; boundary=x',
    bytes: Buffer.from('--x\r\nbroken'),
  }),
  fc.constant<Body>({ kind: 'raw', contentType: 'application/json', bytes: Buffer.alloc(0) }),
  fc.constant<Body>({
    kind: 'raw',
    contentType: 'application/json; charset=latin1',
    bytes: Buffer.from('{"phone":"\xff"}', 'latin1'),
  }),
  fc.constant<Body>({
    kind: 'raw',
    contentType: 'application/json',
    bytes: Buffer.from('\uFEFF{"phone":"13900000001"}'),
  }),
  fc.constant<Body>({ kind: 'raw', contentType: 'application/json', bytes: Buffer.from('{"a":1}'), encoding: 'gzip' }),
  fc.constant<Body>({ kind: 'raw', contentType: 'application/json', bytes: gzipSync('{"a":1}'), encoding: 'br' }),
  // Over the 256 KB body limit; sized at send time so a failure report stays readable.
  fc.constant<Body>({ kind: 'oversize', bytes: 300_000 }),
  fc.constant<Body>({ kind: 'raw', contentType: null, bytes: Buffer.from('{"a":1}') }),
  fc
    .uint8Array({ maxLength: 64 })
    .map((b): Body => ({ kind: 'raw', contentType: 'application/octet-stream', bytes: Buffer.from(b) })),
)

function bodyOf(op: Operation): fc.Arbitrary<Body> {
  if (!op.body)
    return fc.oneof({ weight: 4, arbitrary: fc.constant<Body>({ kind: 'none' }) }, { weight: 1, arbitrary: oddBody })
  return fc.oneof(
    { weight: 3, arbitrary: valid(op.body, resolve).map((value): Body => ({ kind: 'json', value })) },
    { weight: 3, arbitrary: boundary(op.body, resolve).map((value): Body => ({ kind: 'json', value })) },
    { weight: 1, arbitrary: fc.jsonValue().map((value): Body => ({ kind: 'json', value })) },
    { weight: 2, arbitrary: oddBody },
  )
}

interface Case {
  path: string
  query: string
  body: Body
  auth: 'resident' | 'none' | 'garbage'
  requestId?: string
}

function caseOf(op: Operation): fc.Arbitrary<Case> {
  const pathParams = op.params.filter((p) => p.in === 'path')
  const queryParams = op.params.filter((p) => p.in === 'query')
  const path = fc
    .tuple(...pathParams.map(paramValue))
    .map((values) => pathParams.reduce((p, param, i) => p.replace(`{${param.name}}`, values[i]), op.path))
  const query = fc.oneof(
    fc.tuple(...queryParams.map((p) => fc.option(paramValue(p), { nil: undefined }))).map((values) =>
      queryParams
        .map((p, i) => (values[i] === undefined ? null : `${p.name}=${values[i]}`))
        .filter(Boolean)
        .join('&'),
    ),
    junkSegment.map((j) => `${j}=${j}&&=`),
  )
  return fc.record({
    path,
    query,
    body: bodyOf(op),
    auth: fc.constantFrom<Case['auth']>('resident', 'resident', 'none', 'garbage'),
    requestId: fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.uuid()), { nil: undefined }),
  })
}

/** Words that would give away how the server is built, or a stack. */
const LEAK =
  /\n\s+at |node_modules|\.(ts|js):\d+|drizzle|pglite|postgres|select |insert |FST_|TypeError|ReferenceError|SyntaxError/i
const CODES = new Set<string>(ErrorCode.options)

function checkAnswer(status: number, text: string, what: string): void {
  if (status >= 500) throw new Error(`${what}: ${status} ${text.slice(0, 300)}`)
  if (LEAK.test(text)) throw new Error(`${what}: internal detail in the answer: ${text.slice(0, 300)}`)
  if (status >= 400) {
    let body: { code?: unknown; message?: unknown }
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      throw new Error(`${what}: ${status} answered with a body that is not JSON: ${text.slice(0, 200)}`)
    }
    if (typeof body.code !== 'string' || !CODES.has(body.code) || typeof body.message !== 'string') {
      throw new Error(`${what}: ${status} not in our {code, message} format: ${text.slice(0, 200)}`)
    }
  }
}

describe(`fuzzing every app-API route and the WebSocket from the contract (seed ${SEED}, ${RUNS} cases each)`, () => {
  let stack: Stack
  let token: string
  const counts: string[] = []
  beforeAll(async () => {
    stack = await startStack({
      backend: 'pglite',
      extraBffEnv: { RATE_LIMIT_PER_MINUTE: '10000000', SMS_SEND_PER_IP_PER_HOUR: '10000000' },
    })
    token = (await signInBySms(stack.bffUrl, stack.sms, '13988880001')).accessToken
  })
  afterAll(async () => {
    process.stdout.write(`fuzz (seed ${SEED}):\n${counts.map((c) => `  ${c}`).join('\n')}\n`)
    await stack?.stop()
  })

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))(
    '%s: no 5xx, no internal detail, every error in our format',
    async (name, op) => {
      let sent = 0
      await fc.assert(
        fc.asyncProperty(caseOf(op), async (c) => {
          const headers: Record<string, string> = {}
          let payload: Buffer | undefined
          if (c.body.kind === 'json') {
            headers['content-type'] = 'application/json'
            payload = Buffer.from(JSON.stringify(c.body.value) ?? 'null')
          } else if (c.body.kind === 'oversize') {
            headers['content-type'] = 'application/json'
            payload = Buffer.from(`{"x":"${'y'.repeat(c.body.bytes)}"}`)
          } else if (c.body.kind === 'raw') {
            if (c.body.contentType) headers['content-type'] = c.body.contentType
            if (c.body.encoding) headers['content-encoding'] = c.body.encoding
            payload = c.body.bytes
          }
          if (c.auth === 'resident') headers.authorization = `Bearer ${token}`
          if (c.auth === 'garbage') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.e30.'
          if (c.requestId !== undefined && /^[\x20-\x7e]*$/.test(c.requestId)) headers['x-request-id'] = c.requestId
          const url = `${stack.bffUrl}/api/v1${c.path}${c.query ? `?${c.query}` : ''}`
          const res = await request(url, { method: op.method as 'GET', headers, body: payload })
          const text = await res.body.text()
          sent++
          checkAnswer(res.statusCode, text, `${name} ${c.path}?${c.query.slice(0, 80)}`)
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      )
      counts.push(`${name}: ${sent} cases`)
      expect(sent).toBeGreaterThanOrEqual(RUNS)
    },
  )

  it(`WebSocket frames: answered, or closed with a documented code; never a crash (${RUNS} cases)`, async () => {
    const wsUrl = `${stack.bffUrl.replace('http', 'ws')}/ws`
    const frame = fc.oneof(
      fc.double({ noNaN: true }).map((t) => JSON.stringify({ event: 'ping', data: { t } })),
      fc
        .array(fc.string({ maxLength: 70 }), { maxLength: 210 })
        .map((ids) => JSON.stringify({ event: 'presence', data: { accountIds: ids } })),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
      fc.record({ event: fc.string(), data: fc.jsonValue() }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
      fc.constant(JSON.stringify({ event: 'ping', data: { t: 1, pad: 'x'.repeat(WS_MAX_FRAME_BYTES) } })),
    )
    const allowedCloses = new Set<number>([WsCloseCode.invalidFrame, WsCloseCode.tooBig, WsCloseCode.rateLimited])
    let sent = 0
    await fc.assert(
      fc.asyncProperty(frame, async (f) => {
        const ws = new WebSocket(wsUrl, { headers: { authorization: `Bearer ${token}` } })
        const seen: string[] = []
        const outcome = await new Promise<{ closed?: number }>((resolve, reject) => {
          ws.on('error', () => undefined)
          ws.on('close', (code) => resolve({ closed: code }))
          ws.on('message', (raw) => {
            const text = (raw as Buffer).toString('utf8')
            seen.push(text)
            const msg = JSON.parse(text) as { event: string; data: { t?: number; code?: string; message?: string } }
            if (msg.event === 'ready') {
              ws.send(f)
              // A sentinel after the fuzzed frame: its pong says the socket is still served.
              ws.send(JSON.stringify({ event: 'ping', data: { t: -42 } }))
            } else if (msg.event === 'pong' && msg.data.t === -42) {
              resolve({})
            } else if (
              msg.event === 'error' &&
              (typeof msg.data.code !== 'string' || typeof msg.data.message !== 'string')
            ) {
              reject(new Error(`error frame not in our format: ${text}`))
            }
          })
        })
        sent++
        for (const text of seen)
          if (LEAK.test(text)) throw new Error(`internal detail in a frame: ${text.slice(0, 200)}`)
        if (outcome.closed !== undefined && !allowedCloses.has(outcome.closed)) {
          throw new Error(`closed with ${outcome.closed} for ${String(f).slice(0, 100)}`)
        }
        if (ws.readyState !== ws.CLOSED) {
          await new Promise((resolve) => {
            ws.once('close', resolve)
            ws.close()
          })
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    counts.push(`WebSocket frames: ${sent} cases`)
    expect(sent).toBeGreaterThanOrEqual(RUNS)
  })

  it('both processes are the same ones, alive, and logged no stack trace', async () => {
    const [bff] = stack.bffs
    expect(bff.child.exitCode).toBeNull()
    expect(stack.dc.child.exitCode).toBeNull()
    const health = await request(`${stack.bffUrl}/healthz`)
    await health.body.dump()
    expect(health.statusCode).toBe(200)
    expect(bff.output()).not.toMatch(/\n\s+at /)
    expect(stack.dc.output()).not.toMatch(/\n\s+at /)
  })
})
