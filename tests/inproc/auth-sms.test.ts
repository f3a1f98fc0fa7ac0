import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import { createHash, createHmac } from 'node:crypto'
import type { AuthSession, Me } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { refusal } from '../support/said'

describe('SMS sign-in and sessions (BFF + data center over HTTP, in process)', () => {
  let stack: InProcessStack
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('signs a resident in with the code the SMS gateway delivered', async () => {
    const session = await signInBySms(stack.bffUrl, stack.sms, '13912340001')
    expect(session.role).toBe('resident')
    expect(session.me.phoneMasked).toBe('139****0001')
    const me = await call<Me>(stack.bffUrl, 'GET', '/api/v1/me', { token: session.accessToken })
    expect(me.status).toBe(200)
    expect(me.body.id).toBe(session.me.id)
    const sms = stack.sms.sent.find((m) => m.phone === '13912340001')
    expect(sms?.params.minutes).toBe(5)
  })

  it('refuses a malformed phone with a clear Chinese message and sends nothing', async () => {
    const before = stack.sms.sent.length
    const res = await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone: '12345' } })
    expect(res.status).toBe(400)
    expect(refusal(res.body)).toEqual({ code: 'VALIDATION_FAILED', said: '请输入正确的11位手机号码' })
    expect(stack.sms.sent.length).toBe(before)
  })

  it('asks the user to wait before sending a second code', async () => {
    await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone: '13912340002' } })
    const again = await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone: '13912340002' } })
    expect(again.status).toBe(429)
    expect(again.body).toMatchObject({ code: 'SMS_SEND_TOO_OFTEN' })
    expect((again.body as { details: { resendAfter: number } }).details.resendAfter).toBeGreaterThan(50)
  })

  it('does not count a code the SMS provider failed to send', async () => {
    const phone = '13912340011'
    stack.sms.failNext(phone)
    const failed = await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
    expect(failed.status).toBe(503)
    // Asking again at once is not "too often": nothing reached the phone.
    const again = await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
    expect(again.status).toBe(200)
    const s = await call<AuthSession>(stack.bffUrl, 'POST', '/api/v1/auth/sms/verify', {
      body: { phone, code: stack.sms.lastCode(phone) },
    })
    expect(s.status).toBe(200)
  })

  it('stores only a keyed hash of the code: a bare SHA-256 of phone and code does not pass', async () => {
    const phone = '13912340012'
    await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
    const code = stack.sms.lastCode(phone)
    const bare = createHash('sha256').update(`${phone}:${code}`).digest('hex')
    const res = await signedCall(stack, 'POST', '/auth/sms-challenges/verify', { body: { phone, codeHash: bare } })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ code: 'SMS_CODE_INVALID' })
  })

  it('locks the code after five wrong tries, even if the sixth is right', async () => {
    const phone = '13912340003'
    await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
    const right = stack.sms.lastCode(phone)
    const wrong = right === '000000' ? '111111' : '000000'
    const messages: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await call<{ code: string; message: string }>(stack.bffUrl, 'POST', '/api/v1/auth/sms/verify', {
        body: { phone, code: wrong },
      })
      messages.push(res.body.code)
    }
    expect(messages).toEqual([
      'SMS_CODE_INVALID',
      'SMS_CODE_INVALID',
      'SMS_CODE_INVALID',
      'SMS_CODE_INVALID',
      'SMS_CODE_LOCKED',
    ])
    const late = await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/verify', { body: { phone, code: right } })
    expect(late.status).toBe(400)
    expect(late.body).toMatchObject({ code: 'SMS_CODE_LOCKED' })
  })

  it('never compares more than five guesses, however many arrive at once', async () => {
    const phone = '13912340007'
    await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone } })
    const right = stack.sms.lastCode(phone)
    const guesses = Array.from({ length: 11 }, (_, i) => String((Number(right) + i + 1) % 1_000_000).padStart(6, '0'))
    const replies = await Promise.all(
      [...guesses, right].map((code) =>
        call<{ code?: string; details?: { attemptsLeft?: number } }>(stack.bffUrl, 'POST', '/api/v1/auth/sms/verify', {
          body: { phone, code },
        }),
      ),
    )
    const compared = replies.filter((r) => r.status === 200 || r.body.details?.attemptsLeft !== undefined)
    expect(compared.length).toBeLessThanOrEqual(5)
    expect(
      replies
        .filter((r) => r.status !== 200)
        .every((r) => ['SMS_CODE_INVALID', 'SMS_CODE_LOCKED'].includes(r.body.code ?? '')),
    ).toBe(true)
  })

  const refresh = (refreshToken: string) =>
    call<AuthSession & { code?: string }>(stack.bffUrl, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } })

  it('rotates the refresh token, and a token spent two rotations ago revokes the whole family', async () => {
    const first = await signInBySms(stack.bffUrl, stack.sms, '13912340004')
    const second = await refresh(first.refreshToken)
    expect(second.status).toBe(200)
    expect(second.body.refreshToken).not.toBe(first.refreshToken)
    const third = await refresh(second.body.refreshToken)
    expect(third.status).toBe(200)
    // A thief replays the first token: its successor is no longer the live one, so it is theft.
    const replay = await refresh(first.refreshToken)
    expect(replay.status).toBe(401)
    expect(replay.body).toMatchObject({ code: 'REFRESH_REUSED' })
    const after = await refresh(third.body.refreshToken)
    expect(after.status).toBe(401)
    expect(after.body).toMatchObject({ code: 'REFRESH_INVALID' })
    // The thief's access tokens die too, not only after their 15 minutes.
    const stolen = await call(stack.bffUrl, 'GET', '/api/v1/me', { token: third.body.accessToken })
    expect(stolen.status).toBe(401)
    expect(stolen.body).toMatchObject({ code: 'SESSION_REVOKED' })
  })

  it('answers a refresh retried after a lost reply with the same new token, and keeps the sign-in', async () => {
    const first = await signInBySms(stack.bffUrl, stack.sms, '13912340008')
    // Two at once (two pages), then the same again (the reply was lost on a weak network).
    const [a, b] = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)])
    const c = await refresh(first.refreshToken)
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200])
    expect(new Set([a.body.refreshToken, b.body.refreshToken, c.body.refreshToken]).size).toBe(1)
    expect((await call(stack.bffUrl, 'GET', '/api/v1/me', { token: c.body.accessToken })).status).toBe(200)
    const next = await refresh(c.body.refreshToken)
    expect(next.status).toBe(200)
  })

  it('treats a spent token as stolen once its grace window has passed', async () => {
    const first = await signInBySms(stack.bffUrl, stack.sms, '13912340009')
    const second = await refresh(first.refreshToken)
    expect(second.status).toBe(200)
    // The BFF derives the successor from the spent token; the data center is asked with no grace left.
    const successor = createHmac('sha256', stack.secrets.jwt)
      .update(`refresh-successor:${first.refreshToken}`)
      .digest('base64url')
    expect(successor).toBe(second.body.refreshToken)
    const hash = (t: string) => createHash('sha256').update(t).digest('hex')
    const late = await signedCall(stack, 'POST', '/sessions/rotate', {
      body: { tokenHash: hash(first.refreshToken), newTokenHash: hash(successor), ttlSeconds: 60, graceSeconds: 0 },
    })
    expect(late.status).toBe(401)
    expect(late.body).toMatchObject({ code: 'REFRESH_REUSED' })
    expect((await refresh(second.body.refreshToken)).status).toBe(401)
  })

  it('signs out: the refresh token and the unexpired access token stop working at once', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13912340005')
    const other = await signInBySms(stack.bffUrl, stack.sms, '13912340015')
    expect((await call(stack.bffUrl, 'GET', '/api/v1/me', { token: s.accessToken })).status).toBe(200)
    const out = await call(stack.bffUrl, 'POST', '/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })
    expect(out.status).toBe(204)
    const res = await call(stack.bffUrl, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: s.refreshToken } })
    expect(res.status).toBe(401)
    const me = await call(stack.bffUrl, 'GET', '/api/v1/me', { token: s.accessToken })
    expect(me.status).toBe(401)
    expect(refusal(me.body)).toEqual({ code: 'SESSION_REVOKED', said: '您已退出登录，请重新登录' })
    // Only that sign-in ends: another person's goes on.
    expect((await call(stack.bffUrl, 'GET', '/api/v1/me', { token: other.accessToken })).status).toBe(200)
  })

  it('refuses a correctly signed token that carries no expiry', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13912340010')
    // The same claims, signed with the real key, minus `exp`.
    const claims = JSON.parse(Buffer.from(s.accessToken.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >
    delete claims.exp
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const unsigned = `${b64({ alg: 'HS256' })}.${b64(claims)}`
    const forever = `${unsigned}.${createHmac('sha256', stack.secrets.jwt).update(unsigned).digest('base64url')}`
    const res = await call(stack.bffUrl, 'GET', '/api/v1/me', { token: forever })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('refuses protected routes without a valid token, with a stable code', async () => {
    const none = await call(stack.bffUrl, 'GET', '/api/v1/me')
    expect(none.status).toBe(401)
    expect(refusal(none.body)).toEqual({ code: 'UNAUTHENTICATED', said: '请先登录' })
    const forged = await call(stack.bffUrl, 'GET', '/api/v1/me', { token: 'eyJhbGciOiJIUzI1NiJ9.e30.bad' })
    expect(forged.status).toBe(401)
    expect(typeof (forged.body as { correlationId?: string }).correlationId).toBe('string')
  })

  it('records sign-in in the data center audit trail', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13912340006')
    const audit = await signedCall<{ items: { action: string; after: { phone?: string } }[] }>(
      stack,
      'GET',
      `/audit?entity=account&entityId=${s.me.id}`,
    )
    expect(audit.status).toBe(200)
    expect(audit.body.items[0]).toMatchObject({ action: 'account.create', after: { phone: '139****0006' } })
  })
})
