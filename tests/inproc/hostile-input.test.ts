import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import { call } from '../support/api'
import { rawGet } from '../support/raw-http'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'

/** The error format every answer uses, whatever went wrong. */
const ourError = expect.objectContaining({ code: expect.any(String), message: expect.any(String) })

describe('hostile input gets a clean 4xx in our format and never reaches SQL raw (in process)', () => {
  let stack: InProcessStack
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it.each([
    '/api/v1/people/%00',
    '/api/v1/people?institution=%00',
    '/api/v1/institutions?region=64%00',
    '/api/v1/regions?parent=%00',
  ])('refuses a NUL byte in %s with 400', async (path) => {
    const res = await call(stack.bffUrl, 'GET', path)
    expect(res.status).toBe(400)
    expect(res.body).toEqual(ourError)
  })

  it.each(['/api/v1/people/%ff%fe', '/api/v1/%ff%fe', '/%ff%fe', '/api/v1/regions?parent=%ff%fe'])(
    'answers the malformed URL %s with 400 in our format',
    async (path) => {
      const res = await rawGet(stack.bffUrl, path)
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body)).toEqual(ourError)
    },
  )

  it('refuses a NUL byte or an oversized token in a body before it goes anywhere', async () => {
    const nul = await call(stack.bffUrl, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: 'abc\u0000def' } })
    expect(nul.status).toBe(400)
    expect(nul.body).toEqual(ourError)
    const huge = await call(stack.bffUrl, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: 'a'.repeat(200_000) },
    })
    expect(huge.status).toBe(400)
    expect(huge.body).toEqual(ourError)
  })

  it('the data center refuses what it cannot store with 400', async () => {
    const q = await signedCall(stack, 'GET', '/audit?entity=account&entityId=%00')
    expect(q.status).toBe(400)
    const body = await signedCall(stack, 'POST', '/sessions', {
      body: { accountId: 'x\u0000y', tokenHash: 'a'.repeat(64), ttlSeconds: 60 },
    })
    expect(body.status).toBe(400)
    expect(body.body).toEqual(ourError)
  })

  it('answers a signed sign-in for an account that does not exist with 404, and logs no value it was sent', async () => {
    const res = await signedCall(stack, 'POST', '/sessions', {
      body: { accountId: 'acc-no-such-13912345678', tokenHash: 'b'.repeat(64), ttlSeconds: 60 },
    })
    expect(res.status).toBe(404)
    expect(res.body).toEqual(ourError)
    expect(stack.dc.output()).not.toContain('13912345678')
  })

  it('uses a client-sent X-Request-ID only when it is a well-formed id', async () => {
    const good = await call(stack.bffUrl, 'GET', '/api/v1/me', { headers: { 'x-request-id': 'phone-req-12345678' } })
    expect(good.headers.get('x-request-id')).toBe('phone-req-12345678')
    // Personal answers are never kept by a cache on the way.
    expect(good.headers.get('cache-control')).toBe('no-store')
    expect(good.body).toMatchObject({ correlationId: 'phone-req-12345678' })
    for (const bad of ['<script>alert(1)</script>', 'x'.repeat(300), 'a b c d e f g h']) {
      const res = await call(stack.bffUrl, 'GET', '/api/v1/me', { headers: { 'x-request-id': bad } })
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
      expect(res.body).toMatchObject({ correlationId: res.headers.get('x-request-id') })
    }
  })

  // Nothing of it escaped a handler: an uncaught error would have failed this process, the test's own.
  it('logged no stack trace for any of it', () => {
    expect(stack.bffs[0].output()).not.toMatch(/\n\s+at /)
    expect(stack.dc.output()).not.toMatch(/\n\s+at /)
  })
})
