import { afterAll, beforeAll, describe, expect, it } from './node-test'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { request } from 'undici'
import WebSocket from 'ws'
import type { Appointment, Callback, CaseList, Complaint, LawSearchResult, LegalAidApplication } from '@pocket/contract'
import { ErrorCode, WS_MAX_FRAME_BYTES, WsCloseCode } from '@pocket/contract'
import appApi from '../../contract/openapi/app-api.json'
import { call, signInBySms } from './api'
import { book, nthWeekdayAhead } from './booking'
import { ADVISER_PHONE, residentWithConsultation } from './consult'
import { AID_OFFICE, applicationBody, apply, JPEG, upload } from './legal-aid'
import { boundary, resolver, valid, type JsonSchema } from './schema-arbitrary'
import { startInProcess, type InProcessStack } from './in-process'

/**
 * Property-based fuzzing driven by the contract: every route of the app API gets FUZZ_RUNS
 * generated requests (valid, just-outside-the-bounds, wrong-typed, odd content types and
 * encodings, real multipart files), and the WebSocket gets FUZZ_RUNS frames (real message.send
 * and call frames among them). Each case acts as one of the roles — anonymous, a forged token, a
 * resident, an adviser, a staff member — each with real entities of their own (a conversation, a
 * booking, an application, a callback, a file, an institution) that parameters and bodies name,
 * so requests reach the handlers behind each role, not only their refusals. Whatever arrives, the
 * answer is never a 5xx, never carries a stack trace or an internal detail, every error is our
 * `{code, message}`, and both processes are still the same ones afterwards. FUZZ_SEED replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: JsonSchema
}
interface Operation {
  method: string
  path: string
  params: Parameter[]
  body?: JsonSchema
  multipart: boolean
  secured: boolean
}

type Role = 'resident' | 'adviser' | 'staff'
type Auth = Role | 'none' | 'garbage'
const AUTHS: Auth[] = ['resident', 'adviser', 'staff', 'none', 'garbage']

/** Real values the roles' entities have, by the parameter or body field that names them (filled before the cases). */
const real: Record<string, string[]> = {}

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
    multipart: !!op.requestBody?.content['multipart/form-data'],
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
  const own = real[p.name] ?? []
  return fc.oneof(
    ...(own.length ? [{ weight: 4, arbitrary: fc.constantFrom(...own).map(pct) }] : []),
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

/** Body fields that name an entity: a generated body has them replaced by a real one. */
const REAL_FIELDS = [
  'institutionId',
  'itemCode',
  'number',
  'consultationId',
  'villageCode',
  'attachments',
  'photos',
] as const

function realize(value: unknown, pick: number): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const out = { ...(value as Record<string, unknown>) }
  for (const field of REAL_FIELDS) {
    const own = real[field] ?? []
    if (!(field in out) || own.length === 0) continue
    out[field] = field === 'attachments' || field === 'photos' ? [own[pick % own.length]] : own[pick % own.length]
  }
  return out
}

/** Files a person might send: real images, a PDF, a voice note, or junk; named anything; one part or several. */
const FILES = [
  JPEG,
  Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(32, 7)]),
  Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'),
  Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.alloc(64, 0xfb)]),
  Buffer.from('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (x) >> >> endobj\n'),
  Buffer.from('<html><script>alert(1)</script>'),
]
const multipartBody: fc.Arbitrary<Body> = fc
  .array(
    fc.record({
      field: fc.constantFrom('file', 'file', 'file', 'photo', ''),
      name: fc.oneof(
        fc.constantFrom('photo.jpg', 'poly.html', '../../x.pdf', '判决书.pdf'),
        fc.string({ maxLength: 30 }),
      ),
      bytes: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...FILES) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)) },
      ),
    }),
    { minLength: 0, maxLength: 3 },
  )
  .map((parts): Body => {
    const chunks = parts.flatMap((part) => [
      Buffer.from(
        `--fuzz\r\nContent-Disposition: form-data; name="${part.field}"; filename="${part.name.replace(/["\r\n]/g, '')}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      part.bytes,
      Buffer.from('\r\n'),
    ])
    return {
      kind: 'raw',
      contentType: 'multipart/form-data; boundary=fuzz',
      bytes: Buffer.concat([...chunks, Buffer.from('--fuzz--\r\n')]),
    }
  })

function bodyOf(op: Operation): fc.Arbitrary<Body> {
  if (op.multipart) return fc.oneof({ weight: 4, arbitrary: multipartBody }, { weight: 1, arbitrary: oddBody })
  if (!op.body)
    return fc.oneof({ weight: 4, arbitrary: fc.constant<Body>({ kind: 'none' }) }, { weight: 1, arbitrary: oddBody })
  const schema = op.body
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(valid(schema, resolve), fc.nat())
        .map(([value, pick]): Body => ({ kind: 'json', value: realize(value, pick) })),
    },
    { weight: 2, arbitrary: valid(schema, resolve).map((value): Body => ({ kind: 'json', value })) },
    { weight: 3, arbitrary: boundary(schema, resolve).map((value): Body => ({ kind: 'json', value })) },
    { weight: 1, arbitrary: fc.jsonValue().map((value): Body => ({ kind: 'json', value })) },
    { weight: 2, arbitrary: oddBody },
  )
}

interface Case {
  path: string
  query: string
  headers: Record<string, string>
  body: Body
  auth: Auth
  requestId?: string
}

/** Declared headers (an Idempotency-Key, the client kind): valid mostly, sometimes junk or missing. */
function headersOf(params: Parameter[]): fc.Arbitrary<Record<string, string>> {
  const declared = params.filter((p) => p.in === 'header')
  return fc
    .tuple(
      ...declared.map((p) =>
        fc.option(
          fc.oneof(
            { weight: 4, arbitrary: valid(p.schema, resolve).map(String) },
            { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 80 }) },
          ),
          { nil: undefined, freq: 5 },
        ),
      ),
    )
    .map((values) =>
      Object.fromEntries(
        declared.flatMap((p, i) => (values[i] === undefined ? [] : [[p.name, values[i].replace(/[^\x20-\x7e]/g, '')]])),
      ),
    )
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
    headers: headersOf(op.params),
    body: bodyOf(op),
    auth: fc.constantFrom<Auth>(...AUTHS),
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

/**
 * Half the routes (by their place in the contract, every other one), and the WebSocket with one
 * of the halves: a file per half, so the two run side by side and each stays within the runner's
 * time limit for a file.
 */
export interface FuzzPart {
  half: 0 | 1
  webSocket: boolean
}

export function fuzzSuite({ half, webSocket }: FuzzPart): void {
  const mine = operations.filter((_, i) => i % 2 === half)
  const what = webSocket ? ' and the WebSocket' : ''
  describe(`fuzzing half ${half + 1} of the app-API routes${what} from the contract (seed ${SEED}, ${RUNS} cases each)`, () => {
    let stack: InProcessStack
    const tokens = {} as Record<Role, string>
    const counts: string[] = []
    const byRole = new Map<Auth, number>(AUTHS.map((a) => [a, 0]))
    beforeAll(async () => {
      stack = await startInProcess({
        extraBffEnv: { RATE_LIMIT_PER_MINUTE: '10000000', SMS_SEND_PER_IP_PER_HOUR: '10000000' },
      })
      // Each role with real entities of its own, which the generated requests name.
      const villager = await residentWithConsultation(stack, '13988880001')
      tokens.resident = villager.session.accessToken
      tokens.adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
      tokens.staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
      const file = (await upload(stack.bffUrl, tokens.resident, JPEG)).body
      const booking = (
        await book(stack.bffUrl, tokens.resident, {
          institutionId: AID_OFFICE,
          date: nthWeekdayAhead(3),
          start: '09:00',
        })
      ).body as Appointment
      const aid = (await apply(stack.bffUrl, tokens.resident, applicationBody())).body as LegalAidApplication
      const callback = (
        await call<Callback>(stack.bffUrl, 'POST', '/api/v1/callbacks', {
          token: tokens.resident,
          body: { window: 'any', topic: '想咨询土地承包的事' },
        })
      ).body
      const complaint = (
        await call<Complaint>(stack.bffUrl, 'POST', '/api/v1/complaints', {
          token: tokens.resident,
          headers: { 'idempotency-key': 'fuzz-complaint-0001' },
          body: {
            target: { about: 'institution', id: AID_OFFICE },
            category: 'delay',
            text: '申请提交半个月了，一直没有人联系我。',
          },
        })
      ).body
      const found = (
        await call<LawSearchResult>(stack.bffUrl, 'GET', `/api/v1/library/laws/search?q=${encodeURIComponent('离婚')}`)
      ).body
      const cases = (await call<CaseList>(stack.bffUrl, 'GET', '/api/v1/library/cases')).body
      for (const [name, value] of Object.entries({
        article: found.items[0]?.id,
        law: found.items[0]?.lawId,
        case: cases.items[0]?.id,
        booking: booking.number,
        aid: aid.number,
        callback: callback.number,
        complaint: complaint.number,
        file: file.id,
      }))
        if (!value) throw new Error(`fuzz setup: no ${name}`)
      Object.assign(real, {
        id: [
          villager.consultation.id,
          file.id,
          AID_OFFICE,
          'adv-ma-xiaomei',
          found.items[0].id,
          found.items[0].lawId,
          cases.items[0].id,
        ],
        // Searches in people's words, a citation, and what breaks naive search code.
        q: ['老公打我怎么办', '劳动合同法第三十条', '離婚', '😀𠮷', "' OR 1=1 --", '.*(+[', 'ＡＢＣ１２３'],
        number: [booking.number, aid.number, callback.number, complaint.number],
        code: ['legal-consult', 'video-consult', 'legal-aid'],
        institution: [AID_OFFICE],
        institutionId: [AID_OFFICE],
        item: ['legal-consult'],
        itemCode: ['legal-consult'],
        date: [nthWeekdayAhead(2)],
        weekday: ['6'],
        start: ['20:00'],
        action: ['review', 'accept', 'reject', 'assign', 'close'],
        consultationId: [villager.consultation.id],
        villageCode: ['640121104201'],
        attachments: [file.id],
        photos: [file.id],
        region: ['640121'],
        parent: ['640121104'],
      })
    })
    afterAll(async () => {
      const roles = AUTHS.map((a) => `${a} ${byRole.get(a)}`).join(', ')
      process.stdout.write(`fuzz (seed ${SEED}), cases by role: ${roles}\n${counts.map((c) => `  ${c}`).join('\n')}\n`)
      await stack?.stop()
    })

    it.each(mine.map((op) => [`${op.method} ${op.path}`, op] as const))(
      '%s: no 5xx, no internal detail, every error in our format',
      async (name, op) => {
        let sent = 0
        const mine = new Map<Auth, number>(AUTHS.map((a) => [a, 0]))
        await fc.assert(
          fc.asyncProperty(caseOf(op), async (c) => {
            const headers: Record<string, string> = { ...c.headers }
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
            if (c.auth !== 'none' && c.auth !== 'garbage') headers.authorization = `Bearer ${tokens[c.auth]}`
            if (c.auth === 'garbage') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.e30.'
            if (c.requestId !== undefined && /^[\x20-\x7e]*$/.test(c.requestId)) headers['x-request-id'] = c.requestId
            const url = `${stack.bffUrl}/api/v1${c.path}${c.query ? `?${c.query}` : ''}`
            const res = await request(url, { method: op.method as 'GET', headers, body: payload })
            const text = await res.body.text()
            sent++
            mine.set(c.auth, (mine.get(c.auth) ?? 0) + 1)
            byRole.set(c.auth, (byRole.get(c.auth) ?? 0) + 1)
            checkAnswer(res.statusCode, text, `${name} as ${c.auth} ${c.path}?${c.query.slice(0, 80)}`)
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        )
        counts.push(`${name}: ${sent} cases (${AUTHS.map((a) => `${a} ${mine.get(a)}`).join(', ')})`)
        for (const a of AUTHS) expect([a, mine.get(a)! > 0]).toEqual([a, true])
        expect(sent).toBeGreaterThanOrEqual(RUNS)
      },
    )

    if (webSocket)
      it(`WebSocket frames: answered, or closed with a documented code; never a crash (${RUNS} cases)`, async () => {
        const wsUrl = `${stack.bffUrl.replace('http', 'ws')}/ws`
        const conversation = real.consultationId[0]
        const clientId = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/)
        const callId = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }))
        const message = fc.oneof(
          fc.string({ maxLength: 300 }).map((text) => ({ kind: 'text', text })),
          fc.constantFrom(...real.attachments).map((fileId) => ({ kind: 'image', fileId, width: 640, height: 480 })),
          fc.constantFrom(...real.attachments).map((fileId) => ({ kind: 'voice', fileId, durationMs: 3000 })),
          fc.constantFrom(...real.number).map((number) => ({ kind: 'card', number })),
          fc
            .string({ maxLength: 300 })
            .map((note) => ({ kind: 'handover', target: 'booking', itemCode: 'legal-consult', note })),
          fc.jsonValue(),
        )
        const frame = fc.oneof(
          fc.double({ noNaN: true }).map((t) => JSON.stringify({ event: 'ping', data: { t } })),
          fc
            .record({
              consultationId: fc.oneof(fc.constant(conversation), fc.string({ maxLength: 30 })),
              clientId,
              message,
            })
            .map((data) => JSON.stringify({ event: 'message.send', data })),
          fc
            .record({ consultationId: fc.constant(conversation), kind: fc.constantFrom('voice', 'video', 'fax') })
            .map((data) => JSON.stringify({ event: 'call.invite', data })),
          fc
            .record({
              event: fc.constantFrom(
                'call.accept',
                'call.reject',
                'call.cancel',
                'call.hangup',
                'call.alive',
                'call.signal',
              ),
              callId,
              failed: fc.option(fc.constant(true), { nil: undefined }),
              signal: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue()), { nil: undefined }),
            })
            .map(({ event, ...data }) => JSON.stringify({ event, data })),
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
        const mine = new Map<Role, number>()
        await fc.assert(
          fc.asyncProperty(frame, fc.constantFrom<Role>('resident', 'adviser', 'staff'), async (f, role) => {
            mine.set(role, (mine.get(role) ?? 0) + 1)
            const ws = new WebSocket(wsUrl, { headers: { authorization: `Bearer ${tokens[role]}` } })
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
        counts.push(`WebSocket frames: ${sent} cases (${[...mine].map(([r, n]) => `${r} ${n}`).join(', ')})`)
        expect(sent).toBeGreaterThanOrEqual(RUNS)
      })

    // Nothing escaped a handler: an uncaught error would have failed this process, the test's own.
    it('both applications still answer, and logged no stack trace', async () => {
      const health = await request(`${stack.bffUrl}/healthz`)
      await health.body.dump()
      expect(health.statusCode).toBe(200)
      expect(stack.bffs[0].output()).not.toMatch(/\n\s+at /)
      expect(stack.dc.output()).not.toMatch(/\n\s+at /)
    })
  })
}
