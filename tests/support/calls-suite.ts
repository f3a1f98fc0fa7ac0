import { afterAll, beforeAll, describe, expect, it } from './node-test'
import { createHmac } from 'node:crypto'
import { deflateSync, inflateSync } from 'node:zlib'
import type { Call, CallMedia, Consultation, MessagePage } from '@pocket/contract'
import { call as http, signInBySms } from './api'
import { ADVISER_PHONE, device, residentWithConsultation } from './consult'
import type { Opened } from './ws-client'
import { noteSaid, refusal, said } from './said'
import type { InProcessStack } from './in-process'

/** Short rings and graces, so a missed call and a vanished side end within a test. */
const extraDcEnv = { CALL_RING_SECONDS: '2', CALL_ALIVE_SECONDS: '2' }
const TRTC_SECRET = 'trtc-secret-0123456789abcdef0123456789abcdef'
const TURN_SECRET = 'turn-secret-0123456789abcdef'
const extraBffEnv = {
  CALL_SWEEP_MS: '250',
  NOTIFY_POLL_MS: '150',
  CALL_INVITES_PER_MINUTE: '12',
  TRTC_SDK_APP_ID: '1400000001',
  TRTC_SECRET_KEY: TRTC_SECRET,
  CALL_STUN_URLS: 'stun:stun.example.cn:3478',
  CALL_TURN_URLS: 'turn:turn.example.cn:3478?transport=udp,turns:turn.example.cn:5349',
  CALL_TURN_SECRET: TURN_SECRET,
}

/** The settings a stack for this suite starts with: short rings, fast sweeps, TRTC and TURN keys. */
export const CALL_STACK_ENV = { extraDcEnv, extraBffEnv }

/**
 * Reads a UserSig back the way TRTC checks it, written here apart from the BFF's code: undo the
 * alphabet, inflate, recompute the HMAC over the four fields. Null when forged or expired.
 */
function checkUserSig(sig: string, secret: string, now = Date.now()) {
  const raw = Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64')
  const doc = JSON.parse(inflateSync(raw).toString('utf8')) as Record<string, string | number>
  const signed = ['identifier', 'sdkappid', 'time', 'expire'].map((k) => `TLS.${k}:${doc[`TLS.${k}`]}\n`).join('')
  const expected = createHmac('sha256', secret).update(signed).digest('base64')
  if (expected !== doc['TLS.sig']) return null
  if ((Number(doc['TLS.time']) + Number(doc['TLS.expire'])) * 1000 < now) return null
  return doc
}

/** The same document with one field changed and its signature kept: what a forger would send. */
function forged(sig: string, change: Record<string, unknown>): string {
  const raw = Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64')
  const doc = { ...(JSON.parse(inflateSync(raw).toString('utf8')) as object), ...change }
  return deflateSync(Buffer.from(JSON.stringify(doc)))
    .toString('base64')
    .replace(/\+/g, '*')
    .replace(/\//g, '-')
    .replace(/=/g, '_')
}

/**
 * What this suite needs of its stack: a process stack (tests/server, PostgreSQL and two BFFs on
 * Redis) or an in-process one (tests/inproc, PGlite and one BFF).
 */
export type SuiteStack = Pick<InProcessStack, 'bffUrl' | 'sms' | 'dc' | 'secrets' | 'stop'> & {
  bffs: { url: string }[]
}

type State = { call: Call; device: string | null }

/** The suite on the stack `start` makes (`setup` names it in the title). */
export function callsSuite(setup: string, start: () => Promise<SuiteStack>): void {
  describe(`calls between a resident and their adviser (${setup})`, () => {
    let stack: SuiteStack
    let consultation: Consultation
    let resident = ''
    let adviser = ''
    const sockets: Opened[] = []
    const urls = () => stack.bffs.map((b) => b.url.replace(/\/$/, ''))
    const connect = async (url: string, token: string) => {
      const c = await device(url, token)
      sockets.push(c)
      return c
    }
    const idOf = async (c: Opened) => (c.frames.find((f) => f.event === 'ready')?.data.connectionId as string) ?? ''
    const stateOf = (c: Opened, callId: string | null, state: Call['state'], since = 0) =>
      c.waitFor(
        'call.state',
        (d) => (callId === null || (d as State).call.id === callId) && (d as State).call.state === state,
        since,
      ) as Promise<State>
    /** Rings from this device; answers the call as the caller's own device first hears of it. */
    const ring = async (from: Opened, kind: 'voice' | 'video' = 'voice', consultationId = consultation.id) => {
      const since = from.frames.length
      const mine = await idOf(from)
      from.emit('call.invite', { consultationId, kind })
      // This invite's answer: ringing, or busy at once (not a late frame of an earlier call).
      return (await from.waitFor(
        'call.state',
        (d) => {
          const { call, device } = d as State
          return device === mine && (call.state === 'ringing' || call.outcome === 'busy')
        },
        since,
      )) as State
    }
    const history = async () =>
      (
        await http<MessagePage>(
          stack.bffUrl,
          'GET',
          `/api/v1/consultations/${consultation.id}/messages?afterSeq=0&limit=100`,
          {
            token: resident,
          },
        )
      ).body.items

    beforeAll(async () => {
      stack = await start()
      const r = await residentWithConsultation(stack, '13966661001')
      resident = r.session.accessToken
      consultation = r.consultation
      adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    })
    afterAll(async () => {
      for (const s of sockets) s.ws.close()
      await stack?.stop()
    })

    it('rings every device of the adviser; answered on one, the others stop; signals go device to device; the hang-up is recorded', async () => {
      const phone = await connect(urls()[0], resident)
      const desk = await connect(urls()[0], adviser)
      const mobile = await connect(urls().at(-1) ?? urls()[0], adviser)
      const rang = await ring(phone, 'video')
      expect(rang).toMatchObject({
        device: await idOf(phone),
        call: { state: 'ringing', kind: 'video', caller: { role: 'resident' } },
      })
      const id = rang.call.id
      for (const c of [desk, mobile])
        expect((await stateOf(c, id, 'ringing')).call.callee).toMatchObject({ role: 'adviser', name: '马晓梅' })

      mobile.emit('call.accept', { callId: id })
      for (const c of [phone, desk, mobile]) expect((await stateOf(c, id, 'active')).device).toBe(await idOf(mobile))
      // The desk saw it answered elsewhere: answering there too is refused.
      desk.emit('call.accept', { callId: id })
      expect(refusal(await desk.waitFor('call.failed', (d) => d.callId === id))).toEqual({
        code: 'CONFLICT',
        said: '已在其他设备接听',
      })

      const deskFrames = desk.frames.length
      phone.emit('call.signal', { callId: id, signal: { type: 'offer', sdp: 'v=0 offer' } })
      expect(await mobile.waitFor('call.signal', (d) => d.callId === id)).toEqual({
        callId: id,
        signal: { type: 'offer', sdp: 'v=0 offer' },
      })
      mobile.emit('call.signal', { callId: id, signal: { type: 'answer', sdp: 'v=0 answer' } })
      expect(await phone.waitFor('call.signal', (d) => d.callId === id)).toMatchObject({ signal: { type: 'answer' } })
      // A device not in the call can neither send signals nor receive them.
      desk.emit('call.signal', { callId: id, signal: { candidate: 'x' } })
      expect(await desk.waitFor('call.failed', (d) => d.callId === id && d.code === 'FORBIDDEN')).toBeTruthy()
      expect(desk.frames.slice(deskFrames).some((f) => f.event === 'call.signal')).toBe(false)

      phone.emit('call.hangup', { callId: id })
      const ended = await stateOf(mobile, id, 'ended')
      expect(ended.call).toMatchObject({
        outcome: 'completed',
        caller: { role: 'resident' },
        callee: { role: 'adviser' },
      })
      expect(ended.call.durationSeconds).toBeGreaterThanOrEqual(0)
      // The conversation keeps the record, delivered like any message.
      const note = await desk.waitFor('message.new', (d) => (d.body as { event?: string }).event === 'call')
      expect(note.body).toMatchObject({
        kind: 'system',
        event: 'call',
        call: { id, kind: 'video', outcome: 'completed' },
      })
      expect(noteSaid(note.body)).toMatch(/^视频通话 · 通话时长 (\d+分\d{2}秒|\d+秒)$/)
      expect((await history()).map((m) => m.body).filter((b) => b.kind === 'system')).toContainEqual(note.body)
    })

    it('records an answered call whose line could not be made as 通话中断, with no talk time', async () => {
      // The adviser calls (the resident's invites this minute are counted by the other tests).
      const phone = await connect(urls()[0], resident)
      const desk = await connect(urls().at(-1) ?? urls()[0], adviser)
      const { call } = await ring(desk)
      phone.emit('call.accept', { callId: call.id })
      await stateOf(desk, call.id, 'active')
      // The desk's 20-s connect timeout gave up: it hangs up saying the line never carried sound.
      desk.emit('call.hangup', { callId: call.id, failed: true })
      expect((await stateOf(phone, call.id, 'ended')).call).toMatchObject({ outcome: 'failed' })
      const note = await phone.waitFor('message.new', (d) => (d.body as { call?: { id: string } }).call?.id === call.id)
      expect(note.body).toMatchObject({ call: { outcome: 'failed', durationSeconds: null } })
      expect(noteSaid(note.body)).toBe('语音通话 · 通话中断')
    })

    it("follows a device whose socket is replaced mid-call (a weak network): its alive re-binds the call's signals", async () => {
      const phone = await connect(urls()[0], resident)
      const mobile = await connect(urls()[0], adviser)
      const id = (await ring(phone)).call.id
      mobile.emit('call.accept', { callId: id })
      await stateOf(phone, id, 'active')
      mobile.ws.terminate() // the adviser's phone drops off and comes back on another instance
      const again = await connect(urls().at(-1) ?? urls()[0], adviser)
      // Until its alive is in, its signals are refused as from a device outside the call; then they go through.
      let delivered = false
      for (let attempt = 0; attempt < 20 && !delivered; attempt++) {
        const [since, phoneSince] = [again.frames.length, phone.frames.length]
        again.emit('call.alive', { callId: id })
        again.emit('call.signal', { callId: id, signal: { type: 'offer', sdp: `restart ${attempt}` } })
        delivered = await Promise.race([
          phone.waitFor('call.signal', (d) => d.callId === id, phoneSince).then(() => true),
          again.waitFor('call.failed', (d) => d.callId === id, since).then(() => false),
        ])
      }
      expect(delivered).toBe(true)
      phone.emit('call.signal', { callId: id, signal: { type: 'answer', sdp: 'to the new socket' } })
      expect(await again.waitFor('call.signal', (d) => d.callId === id)).toMatchObject({
        signal: { sdp: 'to the new socket' },
      })
      phone.emit('call.hangup', { callId: id })
      expect((await stateOf(again, id, 'ended')).call.outcome).toBe('completed')
    })

    it('ends as rejected, cancelled or busy, each recorded in the conversation', async () => {
      const phone = await connect(urls()[0], resident)
      const mobile = await connect(urls().at(-1) ?? urls()[0], adviser)
      const rejected = (await ring(phone)).call.id
      await stateOf(mobile, rejected, 'ringing')
      mobile.emit('call.reject', { callId: rejected })
      expect((await stateOf(phone, rejected, 'ended')).call.outcome).toBe('rejected')

      const cancelled = (await ring(phone)).call.id
      await stateOf(mobile, cancelled, 'ringing')
      mobile.emit('call.cancel', { callId: cancelled }) // the callee cannot cancel
      expect(await mobile.waitFor('call.failed', (d) => d.callId === cancelled)).toMatchObject({ code: 'FORBIDDEN' })
      phone.emit('call.cancel', { callId: cancelled })
      expect((await stateOf(mobile, cancelled, 'ended')).call.outcome).toBe('cancelled')

      // While the adviser talks to one resident, another resident's call is busy at once.
      const ringing = (await ring(phone)).call.id
      const other = await residentWithConsultation(stack, '13966661002')
      const neighbour = await connect(urls().at(-1) ?? urls()[0], other.session.accessToken)
      const since = neighbour.frames.length
      neighbour.emit('call.invite', { consultationId: other.consultation.id, kind: 'voice' })
      expect((await neighbour.waitFor('call.state', () => true, since)).call).toMatchObject({
        state: 'ended',
        outcome: 'busy',
      })
      phone.emit('call.cancel', { callId: ringing })
      await stateOf(phone, ringing, 'ended')

      const texts = (await history()).flatMap((m) =>
        m.body.kind === 'system' && m.body.event === 'call' ? [noteSaid(m.body)] : [],
      )
      expect(texts.slice(-3)).toEqual(['语音通话 · 已拒绝', '语音通话 · 已取消', '语音通话 · 已取消'])
    })

    it("mints media credentials for this call's two sides only, good for a while, never with a secret", async () => {
      const phone = await connect(urls()[0], resident)
      const me = phone.frames.find((f) => f.event === 'ready')?.data.accountId as string
      const id = (await ring(phone, 'video')).call.id
      const started = Date.now()
      const got = await http<CallMedia>(stack.bffUrl, 'GET', `/api/v1/calls/${id}/media`, { token: resident })
      expect(got.status).toBe(200)
      const { trtc, iceServers, expiresAt } = got.body
      expect(trtc).toMatchObject({ sdkAppId: 1400000001, userId: me, roomId: id })
      const doc = checkUserSig(trtc?.userSig ?? '', TRTC_SECRET)
      expect(doc).toMatchObject({ 'TLS.identifier': me, 'TLS.sdkappid': 1400000001, 'TLS.expire': 600 })
      expect(Math.abs(Number(doc?.['TLS.time']) * 1000 - started)).toBeLessThan(5000)
      // Forged (another user, a longer life) or expired, it does not check.
      expect(checkUserSig(forged(trtc?.userSig ?? '', { 'TLS.identifier': 'someone-else' }), TRTC_SECRET)).toBeNull()
      expect(checkUserSig(forged(trtc?.userSig ?? '', { 'TLS.expire': 86400 * 365 }), TRTC_SECRET)).toBeNull()
      expect(checkUserSig(trtc?.userSig ?? '', TRTC_SECRET, started + 601_000)).toBeNull()
      expect(checkUserSig(trtc?.userSig ?? '', 'another-secret-0123456789')).toBeNull()

      expect(iceServers[0]).toEqual({ urls: ['stun:stun.example.cn:3478'] })
      const turn = iceServers[1]
      expect(turn.urls).toEqual(['turn:turn.example.cn:3478?transport=udp', 'turns:turn.example.cn:5349'])
      const expiry = Number(turn.username?.split(':')[0])
      expect(turn.username).toBe(`${expiry}:${me}`)
      expect(Math.abs(expiry * 1000 - (started + 600_000))).toBeLessThan(5000)
      expect(turn.credential).toBe(
        createHmac('sha1', TURN_SECRET)
          .update(turn.username ?? '')
          .digest('base64'),
      )
      expect(new Date(expiresAt).getTime()).toBe(expiry * 1000)

      // Only the call's two sides; nothing once it ended; no secret in any answer or frame.
      const stranger = await residentWithConsultation(stack, '13966661005')
      const theirs = await http(stack.bffUrl, 'GET', `/api/v1/calls/${id}/media`, {
        token: stranger.session.accessToken,
      })
      expect(theirs.status).toBe(404)
      phone.emit('call.cancel', { callId: id })
      await stateOf(phone, id, 'ended')
      const late = await http(stack.bffUrl, 'GET', `/api/v1/calls/${id}/media`, { token: resident })
      expect([late.status, refusal(late.body)]).toEqual([409, { code: 'CONFLICT', said: '通话已结束' }])
      const everything = JSON.stringify([got.body, ...sockets.flatMap((c) => c.frames)])
      for (const secret of [TRTC_SECRET, TURN_SECRET]) expect(everything).not.toContain(secret)
    })

    it('lets one of two villagers calling the adviser at the same moment through; the other hears busy', async () => {
      const phone = await connect(urls()[0], resident)
      const other = await residentWithConsultation(stack, '13966661004')
      const neighbour = await connect(urls().at(-1) ?? urls()[0], other.session.accessToken)
      const [mine, theirs] = await Promise.all([ring(phone), ring(neighbour, 'voice', other.consultation.id)])
      expect([mine.call.state, theirs.call.state].sort()).toEqual(['ended', 'ringing'])
      expect([mine, theirs].find((s) => s.call.state === 'ended')?.call.outcome).toBe('busy')
      const { from, id } =
        mine.call.state === 'ringing' ? { from: phone, id: mine.call.id } : { from: neighbour, id: theirs.call.id }
      from.emit('call.cancel', { callId: id })
      await stateOf(from, id, 'ended')
    })

    it('answers at once a call to someone already calling you (both joined a 视频咨询 at the same time)', async () => {
      const phone = await connect(urls()[0], resident)
      const mobile = await connect(urls().at(-1) ?? urls()[0], adviser)
      const rang = await ring(phone, 'video')
      const since = mobile.frames.length
      mobile.emit('call.invite', { consultationId: consultation.id, kind: 'video' })
      // Not busy, and no second call: the adviser's invite is the answer to the resident's.
      for (const c of [phone, mobile]) {
        const answered = await stateOf(c, rang.call.id, 'active', c === mobile ? since : 0)
        expect(answered.device).toBe(await idOf(mobile))
        expect(answered.call.callee).toMatchObject({ role: 'adviser', name: '马晓梅' })
      }
      phone.emit('call.hangup', { callId: rang.call.id })
      expect((await stateOf(mobile, rang.call.id, 'ended')).call.outcome).toBe('completed')
      const calls = (await history()).filter((m) => m.body.kind === 'system' && m.body.event === 'call')
      expect(calls.filter((m) => m.body.kind === 'system' && m.body.call?.id === rang.call.id)).toHaveLength(1)
    })

    it('ends a call nobody answers as missed, and one whose other side went silent as failed', async () => {
      const phone = await connect(urls()[0], resident)
      const mobile = await connect(urls().at(-1) ?? urls()[0], adviser)
      const missed = (await ring(phone)).call.id
      expect((await stateOf(mobile, missed, 'ended')).call.outcome).toBe('missed')

      const dropped = (await ring(phone)).call.id
      mobile.emit('call.accept', { callId: dropped })
      await stateOf(phone, dropped, 'active')
      // The resident's phone keeps saying it is there; the adviser's phone falls silent (its network went).
      const alive = setInterval(() => phone.emit('call.alive', { callId: dropped }), 400)
      try {
        const ended = await stateOf(phone, dropped, 'ended')
        expect(ended.call).toMatchObject({ outcome: 'failed' })
        expect(ended.call.answeredAt).not.toBeNull()
      } finally {
        clearInterval(alive)
      }
    })

    it('tells a callee whose app is closed of the missed call, by SMS', async () => {
      // Every socket of this file so far closes: the adviser's app is closed.
      await Promise.all(sockets.splice(0).map((c) => (c.ws.close(), c.closed)))
      const phone = await connect(urls()[0], resident)
      const id = (await ring(phone, 'video')).call.id
      const ended = await stateOf(phone, id, 'ended')
      expect(ended.call.outcome).toBe('missed')
      const sms = await stack.sms.waitFor((m) => m.template === 'call_missed')
      expect(sms).toMatchObject({ phone: ADVISER_PHONE, params: { status: '未接来电', item: ended.call.caller.name } })
    })

    it('lets only the two sides take part, and refuses a flood of invites', async () => {
      const phone = await connect(urls()[0], resident)
      const id = (await ring(phone)).call.id
      const stranger = await residentWithConsultation(stack, '13966661003')
      const intruder = await connect(urls().at(-1) ?? urls()[0], stranger.session.accessToken)
      for (const event of ['call.accept', 'call.reject', 'call.hangup', 'call.alive'])
        intruder.emit(event, { callId: id })
      intruder.emit('call.signal', { callId: id, signal: { type: 'offer' } })
      intruder.emit('call.invite', { consultationId: consultation.id, kind: 'voice' })
      const refusals: Record<string, unknown>[] = [] // one per frame, in whatever order they are answered
      while (refusals.length < 6) refusals.push(await intruder.waitFor('call.failed', (d) => !refusals.includes(d)))
      expect(refusals.map((d) => d.code)).toEqual(Array(6).fill('NOT_FOUND'))
      expect(refusals.filter((d) => d.callId === null)).toHaveLength(1) // the invite
      expect(intruder.frames.some((f) => f.event === 'call.state')).toBe(false)
      phone.emit('call.cancel', { callId: id })
      await stateOf(phone, id, 'ended')

      // Twelve invites a minute, then 呼叫太频繁 (each of these ends at once: the neighbour's line is busy).
      const busyLine = (await ring(intruder, 'voice', stranger.consultation.id)).call.id
      for (let i = 0; i < 12; i++)
        intruder.emit('call.invite', { consultationId: stranger.consultation.id, kind: 'voice' })
      expect(said(await intruder.waitFor('call.failed', (d) => d.code === 'RATE_LIMITED'))).toBe(
        '呼叫太频繁，请稍后再试',
      )
      intruder.emit('call.cancel', { callId: busyLine })
      await stateOf(intruder, busyLine, 'ended')
    })
  })
}
