import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { request } from 'undici'
import { H5_DIR, requireBuild } from '../support/builds'
import { rawGet } from '../support/raw-http'
import { startInProcess, type InProcessStack } from '../support/in-process'

describe('the BFF serves the H5 build: one origin, cached for good, compressed ahead of time', () => {
  let stack: InProcessStack
  let appJs: string
  beforeAll(async () => {
    stack = await startInProcess({ extraBffEnv: { H5_DIR: requireBuild('h5'), RATE_LIMIT_PER_MINUTE: '30' } })
    const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
    const src = /src="\/?(js\/app\.[0-9a-f]+\.js)"/.exec(html)?.[1]
    if (!src) throw new Error(`no app script in dist/h5/index.html: ${html.slice(0, 300)}`)
    appJs = src
  })
  afterAll(() => stack?.stop())

  const get = (path: string, encoding?: string) =>
    request(`${stack.bffUrl}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} })

  it('serves index.html fresh every time, naming the hashed app script', async () => {
    const res = await get('/')
    const html = await res.body.text()
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(html).toContain(appJs)
  })

  it('has the icon the page names, so a first load asks for nothing that is missing', async () => {
    const html = await (await get('/')).body.text()
    const icon = /<link rel="icon"[^>]* href="([^"]+)"/.exec(html)?.[1]
    expect(icon).toBe('/favicon.png')
    const res = await get('/favicon.png')
    await res.body.dump()
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'image/png'])
  })

  it('sends a phone that accepts brotli the .br file built beside the script, cached for a year', async () => {
    const res = await get(`/${appJs}`, 'gzip, deflate, br')
    const body = Buffer.from(await res.body.arrayBuffer())
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(body.length).toBe(statSync(join(H5_DIR, `${appJs}.br`)).size)
    expect(body.length).toBeLessThan(statSync(join(H5_DIR, appJs)).size / 2)
  })

  it('falls back to gzip, and to the plain file for a client that accepts neither', async () => {
    const gz = await get(`/${appJs}`, 'gzip')
    await gz.body.dump()
    expect(gz.headers['content-encoding']).toBe('gzip')
    const plain = await get(`/${appJs}`)
    const body = Buffer.from(await plain.body.arrayBuffer())
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(body.length).toBe(statSync(join(H5_DIR, appJs)).size)
  })

  it('answers an unsatisfiable Range with 416 in our error format', async () => {
    const size = statSync(join(H5_DIR, appJs)).size
    const res = await request(`${stack.bffUrl}/${appJs}`, { headers: { range: `bytes=${size + 10}-${size + 20}` } })
    expect(res.statusCode).toBe(416)
    expect(await res.body.json()).toEqual(
      expect.objectContaining({ code: 'RANGE_NOT_SATISFIABLE', message: expect.any(String) }),
    )
    const ok = await request(`${stack.bffUrl}/${appJs}`, { headers: { range: 'bytes=0-9' } })
    expect(ok.statusCode).toBe(206)
    expect((await ok.body.arrayBuffer()).byteLength).toBe(10)
  })

  it('answers a malformed URL beside the static files with 400 in our format', async () => {
    for (const path of ['/%ff%fe', '/js/%ff%fe.js', '/%E0%A4%A']) {
      const res = await rawGet(stack.bffUrl, path)
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body)).toEqual(expect.objectContaining({ code: 'VALIDATION_FAILED' }))
    }
  })

  it('sends security headers the H5 build satisfies: CSP, no framing, nosniff, referrer policy', async () => {
    const res = await get('/')
    const html = await res.body.text()
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain("'unsafe-eval'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    // Scripts come from our origin; the inline ones the build ships are allowed by hash, no others.
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    for (const body of inline) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`)
    }
    const api = await get('/api/v1/catalog')
    await api.body.dump()
    expect(api.headers['x-content-type-options']).toBe('nosniff')
    expect(String(api.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(api.headers['cache-control']).toBe('no-store')
  })

  it('rate limits static files and unknown routes like the API', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) {
      const res = await get(i % 2 ? `/nope-${i}` : '/')
      await res.body.dump()
      statuses.push(res.statusCode)
    }
    expect(statuses).toContain(429)
    const limited = await get('/no-such-file')
    expect(limited.statusCode).toBe(429)
    expect(await limited.body.json()).toEqual(expect.objectContaining({ code: 'RATE_LIMITED' }))
  })
})
