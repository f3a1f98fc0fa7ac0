import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import { createHmac } from 'node:crypto'
import { connect } from 'node:net'
import { S3Emulator } from '../emulators/s3'
import { call, signInByWechat } from '../support/api'
import { JPEG, upload } from '../support/legal-aid'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { said } from '../support/said'

const PNG = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64, 7)])
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n')
const MAX = 64 * 1024

describe('POST /uploads: type from the content, size limited, files only by link (local folder)', () => {
  let stack: InProcessStack
  let token = ''

  beforeAll(async () => {
    stack = await startInProcess({ extraBffEnv: { UPLOAD_MAX_BYTES: String(MAX) } })
    token = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-uploader')).accessToken
  })
  afterAll(() => stack?.stop())

  it('takes images and PDFs by what they are, whatever they are called', async () => {
    // Named by what they are: a JPEG called .exe (or a JPEG+HTML polyglot called .html) is a .jpg.
    const cases = [
      [JPEG, 'photo.exe', 'application/octet-stream', 'image/jpeg', 'photo.jpg'],
      [PNG, 'scan', 'text/plain', 'image/png', 'scan.png'],
      [PDF, '判决书.pdf', 'application/pdf', 'application/pdf', '判决书.pdf'],
      [
        Buffer.concat([JPEG, Buffer.from('<html><script>alert(1)</script>')]),
        'poly.html',
        'text/html',
        'image/jpeg',
        'poly.jpg',
      ],
    ] as const
    for (const [bytes, name, declared, mime, stored] of cases) {
      const res = await upload(stack.bffUrl, token, bytes, name, declared)
      expect([res.status, res.body.mime, res.body.size, res.body.name]).toEqual([201, mime, bytes.length, stored])
      const got = await fetch(`${stack.bffUrl}${res.body.url}`)
      expect([got.status, got.headers.get('content-type'), got.headers.get('x-content-type-options')]).toEqual([
        200,
        mime,
        'nosniff',
      ])
      expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true)
      // Whatever a file holds, it runs nothing in our origin; a PDF is downloaded, not opened in the app.
      expect(got.headers.get('content-security-policy')).toContain('sandbox')
      expect(got.headers.get('content-disposition')).toMatch(
        mime === 'application/pdf' ? /^attachment; filename\*=UTF-8''/ : /^inline; filename\*=UTF-8''/,
      )
      expect(decodeURIComponent(got.headers.get('content-disposition')!.split("''")[1])).toBe(stored)
    }
  })

  it('refuses a PDF that carries JavaScript or launches a program', async () => {
    for (const active of [
      '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
      '/AA << /O << /S /Launch /F (cmd.exe) >> >>',
    ]) {
      const pdf = Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog ${active} >> endobj\n%%EOF\n`)
      const res = await upload(stack.bffUrl, token, pdf, 'evil.pdf', 'application/pdf')
      expect([res.status, res.body.code]).toEqual([415, 'FILE_TYPE_UNSUPPORTED'])
    }
  })

  it('refuses a form with two files, and stores neither', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(JPEG)], { type: 'image/jpeg' }), 'a.jpg')
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'b.png')
    const res = await fetch(`${stack.bffUrl}/api/v1/uploads`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    })
    expect([res.status, said((await res.json()) as { message: string })]).toEqual([400, '一次只能上传一个文件'])
  })

  it('answers a declared 10 GB body with 413 at once, without reading it', async () => {
    const { hostname, port } = new URL(stack.bffUrl)
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname)
      let data = ''
      socket.on('data', (c: Buffer) => {
        data += c.toString('utf8')
        if (data.includes('\r\n\r\n')) resolve(data)
      })
      socket.on('error', reject)
      setTimeout(() => reject(new Error(`no answer in 5 s: ${data}`)), 5000).unref()
      socket.write(
        `POST /api/v1/uploads HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${10 * 1024 ** 3}\r\n\r\n--x\r\n`,
      )
    })
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
  })

  it('refuses a page dressed as a photo, an empty file, a file too large, and a body that is not a form', async () => {
    const html = await upload(stack.bffUrl, token, Buffer.from('<html><script>alert(1)</script>'), 'x.jpg')
    expect([html.status, html.body.code]).toEqual([415, 'FILE_TYPE_UNSUPPORTED'])
    const empty = await upload(stack.bffUrl, token, Buffer.alloc(0))
    expect([empty.status, said(empty.body)]).toEqual([400, '文件是空的，请重新选择'])
    const big = await upload(stack.bffUrl, token, Buffer.concat([JPEG, Buffer.alloc(MAX)]))
    expect([big.status, big.body.code]).toEqual([413, 'FILE_TOO_LARGE'])
    const json = await call(stack.bffUrl, 'POST', '/api/v1/uploads', { token, body: { file: 'x' } })
    expect([json.status, json.body.code]).toEqual([415, 'FILE_TYPE_UNSUPPORTED'])
    const anonymous = await upload(stack.bffUrl, undefined, JPEG)
    expect(anonymous.status).toBe(401)
    // The refusals broke nothing: the next good upload goes through.
    expect((await upload(stack.bffUrl, token, JPEG)).status).toBe(201)
  })

  it('a link works until it expires; a forged, spent or bare link gets nothing', async () => {
    const file = (await upload(stack.bffUrl, token, JPEG)).body
    const sign = (expires: number) =>
      createHmac('sha256', stack.secrets.jwt).update(`file-link:${file.id}:${expires}`).digest('base64url')
    const past = Math.floor(Date.now() / 1000) - 1
    const spent = await fetch(`${stack.bffUrl}/api/v1/uploads/${file.id}?expires=${past}&sig=${sign(past)}`)
    expect(spent.status).toBe(403)
    const otherFile = file.url.replace(file.id, `f_${'x'.repeat(22)}`)
    expect((await fetch(`${stack.bffUrl}${otherFile}`)).status).toBe(403)
    const bare = await fetch(`${stack.bffUrl}/api/v1/uploads/${file.id}`)
    expect(bare.status).toBe(400)
    const ok = await fetch(`${stack.bffUrl}${file.url}`)
    const maxAge = Number(/max-age=(\d+)/.exec(ok.headers.get('cache-control') ?? '')?.[1])
    expect(ok.status).toBe(200)
    expect(maxAge).toBeGreaterThan(0)
    // A link lives at most FILE_LINK_TTL_SECONDS (900 by default), however late in a period it was made.
    expect(maxAge).toBeLessThanOrEqual(900)
    expect(Number(new URL(file.url, stack.bffUrl).searchParams.get('expires')) - Date.now() / 1000).toBeLessThanOrEqual(
      900,
    )
  })

  it('serves a range of a file, as audio players ask (Safari plays nothing without it)', async () => {
    await expectRanges(stack, token)
  })
})

/** A voice note fetched in pieces: the bytes asked for, 206 with their place, 416 past the end. */
async function expectRanges(stack: InProcessStack, token: string): Promise<void> {
  const bytes = Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0xfb)])
  bytes.write('end', bytes.length - 3, 'latin1')
  const file = (await upload(stack.bffUrl, token, bytes, 'voice.mp3', 'audio/mpeg')).body
  const get = (range: string) => fetch(`${stack.bffUrl}${file.url}`, { headers: { range } })
  const first = await get('bytes=0-1')
  expect([first.status, first.headers.get('content-range'), first.headers.get('accept-ranges')]).toEqual([
    206,
    `bytes 0-1/${bytes.length}`,
    'bytes',
  ])
  expect(Buffer.from(await first.arrayBuffer()).toString('latin1')).toBe('ID')
  const last = await get('bytes=-3')
  expect([last.status, Buffer.from(await last.arrayBuffer()).toString('latin1')]).toEqual([206, 'end'])
  const middle = await get('bytes=10-19')
  expect(Buffer.from(await middle.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true)
  const past = await get(`bytes=${bytes.length}-`)
  expect([past.status, past.headers.get('content-range')]).toEqual([416, `bytes */${bytes.length}`])
  expect((await past.json()).code).toBe('RANGE_NOT_SATISFIABLE')
}

describe('uploads per account are limited, and files attached to nothing are swept (local folder)', () => {
  let stack: InProcessStack
  let token = ''

  beforeAll(async () => {
    stack = await startInProcess({
      // Three uploads a day; a file attached to nothing for 3 s is swept, looked for every 300 ms.
      extraDcEnv: { UPLOADS_PER_DAY: '3', ORPHAN_FILE_MINUTES: '0.05' },
      extraBffEnv: { FILE_SWEEP_MS: '300', LOG_LEVEL: 'log' },
    })
    token = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-many-uploads')).accessToken
  })
  afterAll(() => stack?.stop())

  it("refuses an upload past the day's limit with a clear reason, keeping none of it", async () => {
    const kept = []
    for (let i = 0; i < 3; i++) kept.push(await upload(stack.bffUrl, token, JPEG))
    expect(kept.map((r) => r.status)).toEqual([201, 201, 201])
    const fourth = await upload(stack.bffUrl, token, JPEG)
    expect([fourth.status, fourth.body.code, said(fourth.body)]).toEqual([
      429,
      'RATE_LIMITED',
      '今天上传的文件已达3个，请明天再传',
    ])
  })

  it('deletes a file attached to nothing once it is old enough: its link stops working', async () => {
    const other = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-orphan')).accessToken
    const file = (await upload(stack.bffUrl, other, PNG)).body
    expect((await fetch(`${stack.bffUrl}${file.url}`)).status).toBe(200)
    await stack.bffs[0].waitForLine((l) => l.includes('orphan uploads deleted') && l.includes(file.id), 15_000)
    const gone = await fetch(`${stack.bffUrl}${file.url}`)
    expect(gone.status).toBe(404)
  })
})

describe('the s3 storage driver keeps files in an S3-compatible bucket (s3rver)', () => {
  let s3: S3Emulator
  let stack: InProcessStack
  let token = ''

  beforeAll(async () => {
    s3 = await new S3Emulator().start()
    stack = await startInProcess({ extraBffEnv: s3.env() })
    token = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-s3-uploader')).accessToken
  })
  afterAll(async () => {
    await stack?.stop()
    await s3?.stop()
  })

  it('stores the bytes in the bucket and serves them back through the link', async () => {
    const res = await upload(stack.bffUrl, token, PDF, 'contract.pdf')
    expect(res.status).toBe(201)
    const listing = await (await fetch(`${s3.url}/${s3.bucket}?list-type=2`)).text()
    const keys = [...listing.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1])
    expect(keys).toEqual([expect.stringMatching(new RegExp(`^\\d{4}/\\d{2}/\\d{2}/${res.body.id}$`))])
    expect((await s3.object(keys[0]))?.equals(PDF)).toBe(true)
    const got = await fetch(`${stack.bffUrl}${res.body.url}`)
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true)
  })

  it('serves ranges from the bucket too', async () => {
    await expectRanges(stack, token)
  })
})
