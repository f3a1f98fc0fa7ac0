import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { appOpenApiDocument, clientRoutesModule, datacenterOpenApiDocument, formRulesModule } from '@pocket/contract'
import { call } from '../support/api'
import { ROOT, runToExit } from '../support/processes'
import { signedCall } from '../support/signed'
import { startStack, type Stack } from '../support/stack'
import { refusal, said } from '../support/said'

describe('configuration fails fast', () => {
  it('the BFF refuses to start without DATACENTER_URL and names it', async () => {
    const { code, output } = await runToExit('bff', { JWT_SECRET: 'j'.repeat(40), DC_HMAC_SECRET: 'd'.repeat(40) })
    expect(code).toBe(78)
    expect(output).toContain('DATACENTER_URL')
  })

  it('the BFF refuses a short JWT secret', async () => {
    const { code, output } = await runToExit('bff', {
      DATACENTER_URL: 'http://127.0.0.1:1',
      JWT_SECRET: 'short',
      DC_HMAC_SECRET: 'd'.repeat(40),
    })
    expect(code).toBe(78)
    expect(output).toMatch(/JWT_SECRET: must be at least 32 characters/)
  })

  it('the data center refuses to start without its signing secret', async () => {
    const { code, output } = await runToExit('datacenter', { PGLITE_DIR: 'memory://' })
    expect(code).toBe(78)
    expect(output).toContain('DC_HMAC_SECRET')
  })
})

describe('files generated from the contract', () => {
  it('the committed OpenAPI documents are up to date (run `npm run contract` after changing the contract)', () => {
    const committed = (name: string) =>
      JSON.parse(readFileSync(join(ROOT, 'contract/openapi', name), 'utf8')) as unknown
    expect(committed('app-api.json')).toEqual(appOpenApiDocument())
    expect(committed('datacenter-api.json')).toEqual(datacenterOpenApiDocument())
  })

  it('the client’s route table and form rules are up to date (run `npm run contract` after changing the contract)', () => {
    expect(readFileSync(join(ROOT, 'contract/src/app-api/client-routes.ts'), 'utf8')).toBe(clientRoutesModule())
    expect(readFileSync(join(ROOT, 'contract/src/app-api/form-rules.ts'), 'utf8')).toBe(formRulesModule())
  })
})

describe('health, docs and an unreachable data center (PGlite)', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', extraBffEnv: { SMS_SEND_PER_IP_PER_HOUR: '2' } })
  })
  afterAll(() => stack?.stop())

  it('limits SMS sending per client IP, whatever the phone', async () => {
    const send = (phone: string) => call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
    expect((await send('13977770001')).status).toBe(200)
    expect((await send('13977770002')).status).toBe(200)
    const third = await send('13977770003')
    expect(third.status).toBe(429)
    expect(refusal(third.body)).toEqual({ code: 'RATE_LIMITED', said: '操作太频繁，请稍后再试' })
    expect(stack.sms.sent.map((m) => m.phone)).toEqual(['13977770001', '13977770002'])
  })

  it('answers malformed JSON and unknown routes with stable codes, and keeps running', async () => {
    const res = await fetch(`${stack.bffUrl}/api/v1/auth/sms/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"phone": ',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED' })
    const missing = await call(stack.bffUrl, 'GET', '/api/v1/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' })
    expect((await call(stack.bffUrl, 'GET', '/healthz')).status).toBe(200)
  })

  it('serves both OpenAPI documents', async () => {
    const app = await call<{ paths: Record<string, unknown> }>(stack.bffUrl, 'GET', '/api/docs')
    expect(Object.keys(app.body.paths)).toContain('/auth/sms/send')
    const dc = await fetch(`${stack.dc.url}/dc/docs`)
    expect(Object.keys(((await dc.json()) as { paths: object }).paths)).toContain('/sessions/rotate')
  })

  it('the data center answers an unknown record with 404 and a Chinese message', async () => {
    const res = await signedCall(stack, 'GET', '/people/nobody')
    expect(res.status).toBe(404)
    expect(refusal(res.body)).toEqual({ code: 'NOT_FOUND', said: '找不到该人员' })
  })

  it('reports ready, then unavailable (503, in Chinese) once the data center is gone', async () => {
    expect((await call(stack.bffUrl, 'GET', '/readyz')).body).toEqual({ status: 'ok' })
    await stack.dc.stop()
    const ready = await call(stack.bffUrl, 'GET', '/readyz')
    expect(ready.status).toBe(503)
    const res = await call<{ code: string; message: string; notice?: { key: string }; correlationId: string }>(
      stack.bffUrl,
      'GET',
      '/api/v1/catalog/items',
    )
    expect(res.status).toBe(503)
    expect(res.body.code).toBe('UPSTREAM_UNAVAILABLE')
    expect(said(res.body)).toMatch(/数据中心/)
    expect(res.headers.get('x-request-id')).toBe(res.body.correlationId)
    // The person can quote the id; the log line of that failure carries the same id.
    const logged = await stack.bffs[0].waitForLine((line) => line.includes(res.body.correlationId))
    expect(JSON.parse(logged)).toMatchObject({
      level: 'error',
      message: { msg: 'request failed', correlationId: res.body.correlationId, url: '/api/v1/catalog/items' },
    })
    expect((await call(stack.bffUrl, 'GET', '/healthz')).status).toBe(200)
  })
})
