import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { request } from 'undici'
import { H5_DIR, requireBuild } from '../support/builds'
import { startStack, type Stack } from '../support/stack'

describe('the BFF serves the H5 build: one origin, cached for good, compressed ahead of time', () => {
  let stack: Stack
  let appJs: string
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', extraBffEnv: { H5_DIR: requireBuild('h5') } })
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
})
