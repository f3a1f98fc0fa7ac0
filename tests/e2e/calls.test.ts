import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { AuthSession, MessagePage } from '@pocket/contract'
import { instantAt, monthDayOf } from '@pocket/contract/time'
import { call, signInBySms } from '../support/api'
import { book, nthWeekdayAhead } from '../support/booking'
import { ADVISER_PHONE, residentWithConsultation } from '../support/consult'
import { requiredInCi } from '../support/env'
import { ROOT } from '../support/processes'
import type { Stack } from '../support/stack'
import { noteSaid } from '../support/said'
import { expectOnScreen, expectTappable, recordPage, rememberSignIn, servedH5 } from './browser'

const redisUrl = requiredInCi('TEST_REDIS_URL', process.env.TEST_REDIS_URL)
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', hasTouch: true, isMobile: true }

/** Every RTCPeerConnection the page makes, kept where the test can read its getStats(). */
async function keepPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection
    const kept: RTCPeerConnection[] = []
    ;(window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = kept
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config)
        kept.push(this)
      }
    }
  })
}

/** Bytes received so far on the page's newest connection, by kind. */
function inboundBytes(page: Page): Promise<{ audio: number; video: number }> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs
    const pc = pcs[pcs.length - 1]
    const got = { audio: 0, video: 0 }
    if (!pc) return got
    ;(await pc.getStats()).forEach((s: { type: string; kind?: 'audio' | 'video'; bytesReceived?: number }) => {
      if (s.type === 'inbound-rtp' && s.kind) got[s.kind] += s.bytesReceived ?? 0
    })
    return got
  })
}

async function waitForMedia(page: Page, kinds: ('audio' | 'video')[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const got = await inboundBytes(page)
    if (kinds.every((k) => got[k] > 0)) return
    await page.waitForTimeout(100) // polling getStats: media has no event to wait on
  }
  throw new Error(`no inbound ${kinds.join('+')} on ${page.url()}: ${JSON.stringify(await inboundBytes(page))}`)
}

/**
 * The page lives `offsetMs` away from now (Date only; timers run as they do), so a test can stand
 * a few minutes before a booked slot without any clock hook in product code.
 */
async function shiftClock(context: BrowserContext, offsetMs: number): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const RealDate = Date
      class ShiftedDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(RealDate.now() + ${offsetMs}); else super(...args) }
        static now() { return RealDate.now() + ${offsetMs} }
      }
      globalThis.Date = ShiftedDate
    })()`,
  })
}

/** The adviser signs in once per stack (each stack has its own secrets). */
const adviserSessions = new Map<Stack, AuthSession>()

interface Phones {
  villager: Page
  adviser: Page
  contexts: BrowserContext[]
  villagerToken: string
  consultationId: string
  log: () => string
}

/**
 * A villager (on the first BFF) with the chat open, and the adviser (on the second, over Redis)
 * with the workbench open: each a phone-sized browser with camera and microphone.
 */
async function twoPhones(stack: Stack, browser: Browser, phone: string, clockOffsetMs = 0): Promise<Phones> {
  const adviserSession = adviserSessions.get(stack) ?? (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE))
  adviserSessions.set(stack, adviserSession)
  const adviserContext = await browser.newContext(PHONE)
  await rememberSignIn(adviserContext, adviserSession)
  await keepPeerConnections(adviserContext)
  if (clockOffsetMs) await shiftClock(adviserContext, clockOffsetMs)
  const first = await villagerPhone(stack, browser, phone, clockOffsetMs)
  const adviser = await adviserContext.newPage()
  const logs = [first.log, recordPage(adviser)]
  await adviser.goto(`${stack.bffs[stack.bffs.length - 1].url}/#/packages/workbench/index/index`)
  await adviser
    .locator('.inbox-row')
    .first()
    .waitFor()
    .catch((e: Error) => {
      throw new Error(`${e.message}\n${logs.map((l) => l()).join('\n---\n')}`)
    })
  return {
    villager: first.page,
    adviser,
    contexts: [first.context, adviserContext],
    villagerToken: first.token,
    consultationId: first.consultationId,
    log: () => `--- villager/adviser pages ---\n${logs.map((l) => l()).join('\n---\n')}`,
  }
}

/** A villager of the demo village on the first BFF, with the chat with the adviser open. */
async function villagerPhone(stack: Stack, browser: Browser, phone: string, clockOffsetMs = 0) {
  const { session, consultation } = await residentWithConsultation(stack, phone)
  const me = await call<AuthSession['me']>(stack.bffUrl, 'GET', '/api/v1/me', { token: session.accessToken })
  const context = await browser.newContext(PHONE)
  await rememberSignIn(context, { ...session, me: me.body })
  await keepPeerConnections(context)
  if (clockOffsetMs) await shiftClock(context, clockOffsetMs)
  const page = await context.newPage()
  const log = recordPage(page)
  await page.goto(`${stack.bffUrl}/#/packages/consult/chat/index`)
  await page.locator('.chat-call-video').waitFor()
  return { page, context, log, token: session.accessToken, consultationId: consultation.id }
}

async function callRecords(stack: Stack, p: Phones): Promise<string[]> {
  const page = await call<MessagePage>(
    stack.bffUrl,
    'GET',
    `/api/v1/consultations/${p.consultationId}/messages?beforeSeq=1000000&limit=50`,
    { token: p.villagerToken },
  )
  return page.body.items.flatMap((m) =>
    m.body.kind === 'system' && m.body.event === 'call' ? [noteSaid(m.body) ?? ''] : [],
  )
}

async function within<T>(p: Phones, step: Promise<T>): Promise<T> {
  try {
    return await step
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${p.log()}`)
  }
}

const status = (page: Page, text: string) => page.locator('.call-status-line', { hasText: text }).waitFor()

describe('H5 in Chromium: a villager and the adviser call each other, on two BFF instances over Redis', () => {
  const h5 = servedH5({
    instances: redisUrl ? 2 : 1,
    redisUrl,
    extraBffEnv: { CALL_SWEEP_MS: '300' },
    // Rings out after 6 s here (45 s in the product), so "nobody answered" takes a test seconds.
    extraDcEnv: { CALL_RING_SECONDS: '6' },
  })
  let phones: Phones | undefined
  afterEach(async () => {
    for (const c of phones?.contexts ?? []) await c.close()
    phones = undefined
  })

  it('a video call connects, media flows both ways, and hanging up leaves the record in the chat', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771001'))
    await within(
      p,
      (async () => {
        // The call buttons in the chat's header are a finger's size, on one line each.
        await expectTappable(p.villager, ['.chat-call-voice', '.chat-call-video'], 44)
        await p.villager.locator('.chat-call-video').click()
        await status(p.villager, '正在呼叫')
        // The adviser's phone rings on the workbench and shows who calls, with big controls on screen.
        await p.adviser.locator('.call-accept').waitFor()
        await status(p.adviser, '邀请您视频通话')
        await expectOnScreen(p.adviser, ['.call-peer', '.call-accept', '.call-reject'])
        await p.adviser.screenshot({ path: join(ROOT, 'test-results/e2e-call-incoming.png') })
        await expectTappable(p.adviser, ['.call-accept', '.call-reject'], 60)
        await p.adviser.locator('.call-accept').click()
        await p.villager.locator('.call-phase-connected').waitFor()
        await p.adviser.locator('.call-phase-connected').waitFor()
        await waitForMedia(p.villager, ['audio', 'video'])
        await waitForMedia(p.adviser, ['audio', 'video'])
        // Over the video: the name, the hang-up (MIIT's 60×60 for a main action) and the controls (44×44).
        await expectOnScreen(p.villager, ['.call-peer', '.call-hangup', '.call-mute', '.call-to-voice'])
        await p.villager.screenshot({ path: join(ROOT, 'test-results/e2e-call-video.png') })
        await expectTappable(p.villager, ['.call-hangup'], 60)
        await expectTappable(p.villager, ['.call-mute', '.call-camera', '.call-flip', '.call-to-voice'], 44)
        await p.villager.locator('.call-mute').click()
        await p.villager.getByText('取消静音').waitFor()
        await p.adviser.locator('.call-hangup').click()
        await status(p.villager, '通话结束，通话时长')
        await status(p.adviser, '通话')
      })(),
    )
    // The screen goes back to the chat, where the call's record now stands.
    await within(p, p.villager.locator('.chat-system', { hasText: '视频通话' }).waitFor())
    expect(await callRecords(h5.stack, p)).toEqual([expect.stringMatching(/^视频通话 · 通话时长 /)])
  })

  it('a booked 视频咨询: both sides see it, the villager joins from the booking, the adviser answers from the chat', async () => {
    // Five minutes before tomorrow's (a working day's) 10:00 on both phones: inside the join window.
    const date = nthWeekdayAhead(1)
    const startsAt = instantAt(date, '10:00').getTime()
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771007', startsAt - 5 * 60_000 - Date.now()))
    const booked = await book(h5.stack.bffUrl, p.villagerToken, {
      itemCode: 'video-consult',
      institutionId: 'inst-law-helan',
      date,
      start: '10:00',
      topic: '想让顾问看看借条',
    })
    expect(booked.status).toBe(201)
    await within(
      p,
      (async () => {
        await p.adviser.goto(`${h5.stack.bffs.at(-1)?.url}/#/packages/consult/chat/index?id=${p.consultationId}`)
        await p.adviser.locator('.video-join', { hasText: '已预约视频咨询' }).waitFor()
        await p.adviser.locator('.video-join-button').waitFor()
        await p.villager.goto(`${h5.stack.bffUrl}/#/packages/booking/detail/index?number=${booked.body.number}`)
        await p.villager.getByText('法律顾问：马晓梅').waitFor()
        await p.villager.locator('.video-join-button').click()
        await status(p.villager, '正在呼叫')
        await status(p.adviser, '邀请您视频通话')
        await p.adviser.locator('.call-accept').click()
        await p.villager.locator('.call-phase-connected').waitFor()
        await p.adviser.locator('.call-phase-connected').waitFor()
        await waitForMedia(p.villager, ['audio', 'video'])
        await waitForMedia(p.adviser, ['audio', 'video'])
        await p.villager.locator('.call-hangup').click()
        await status(p.adviser, '通话结束，通话时长')
      })(),
    )
    expect(await callRecords(h5.stack, p)).toEqual([expect.stringMatching(/^视频通话 · 通话时长 /)])
  })

  it('a villager books a 视频咨询 from the chat: only the adviser’s firm is offered; the booking says when to join', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771008'))
    const date = nthWeekdayAhead(2)
    const { month, day } = monthDayOf(date)
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-tool').last().click()
        await p.villager.locator('.chat-more-video').click()
        await p.villager.locator('.book-choice').first().waitFor()
        expect(await p.villager.locator('.book-choice').allInnerTexts()).toEqual([
          expect.stringContaining('律师事务所'),
        ])
        await p.villager.locator('.book-day', { hasText: new RegExp(`^${month}月${day}日`) }).click()
        await p.villager.locator('.book-slot', { hasText: '11:00-11:30' }).click()
        await p.villager.locator('.book-topic input').fill('承包地被占，想视频给顾问看看')
        await p.villager.locator('.book-confirm').click()
        await p.villager.getByText('法律顾问：马晓梅').waitFor()
        await p.villager.locator('.video-join', { hasText: '开始前10分钟可进入' }).waitFor()
        // No desk QR code: nobody checks a video consultation in at a counter.
        expect(await p.villager.locator('.appointment-qr').count()).toBe(0)
      })(),
    )
  })

  it('declined: the caller hears so and the record says it', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771002'))
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-voice').click()
        await p.adviser.locator('.call-reject').click()
        await status(p.villager, '对方已拒绝')
        await status(p.adviser, '已拒绝')
      })(),
    )
    expect((await callRecords(h5.stack, p))[0]).toMatch(/^语音通话 · /)
  })

  it('the caller gives up while it rings: the callee stops ringing', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771003'))
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-voice').click()
        await p.adviser.locator('.call-accept').waitFor()
        await p.villager.locator('.call-hangup').click()
        await status(p.adviser, '对方已取消')
        await status(p.villager, '已取消')
      })(),
    )
  })

  it('nobody answers: it rings out, a missed call for the callee', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771004'))
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-voice').click()
        await p.adviser.locator('.call-accept').waitFor()
        await status(p.villager, '对方无人接听')
        await status(p.adviser, '未接来电')
      })(),
    )
    expect((await callRecords(h5.stack, p))[0]).toMatch(/未接听/)
  })

  it('answered on one of the adviser’s phones: the other stops ringing', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771005'))
    const other = await p.contexts[1].newPage()
    await other.goto(`${h5.stack.bffUrl}/#/packages/workbench/index/index`)
    await other.locator('.inbox-row').first().waitFor()
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-voice').click()
        await other.locator('.call-accept').waitFor()
        await p.adviser.locator('.call-accept').click()
        await status(other, '已在其他设备接听')
        await p.villager.locator('.call-phase-connected').waitFor()
        await waitForMedia(p.villager, ['audio'])
        await p.villager.locator('.call-hangup').click()
        await status(p.adviser, '通话结束')
      })(),
    )
  })

  it('busy: a neighbour calling the adviser during a call hears so, and the call goes on', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771009'))
    const neighbour = await villagerPhone(h5.stack, h5.browser, '13977771010')
    p.contexts.push(neighbour.context)
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-voice').click()
        await p.adviser.locator('.call-accept').click()
        await p.villager.locator('.call-phase-connected').waitFor()
        await neighbour.page.locator('.chat-call-voice').click()
        await status(neighbour.page, '对方正在通话中')
        // The adviser's screen never rang for the neighbour: the call under way is still connected.
        expect(await p.adviser.locator('.call-accept').count()).toBe(0)
        await p.adviser.locator('.call-phase-connected').waitFor()
        await p.villager.locator('.call-hangup').click()
        await status(p.adviser, '通话结束')
      })(),
    )
    const theirs = await call<MessagePage>(
      h5.stack.bffUrl,
      'GET',
      `/api/v1/consultations/${neighbour.consultationId}/messages?beforeSeq=1000000&limit=50`,
      { token: neighbour.token },
    )
    expect(theirs.body.items.flatMap((m) => (m.body.kind === 'system' ? [noteSaid(m.body)] : []))).toEqual([
      '语音通话 · 对方忙线',
    ])
  })

  it('a phone that vanishes mid-call: the other side is told within seconds', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771006'))
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-voice').click()
        await p.adviser.locator('.call-accept').click()
        await p.adviser.locator('.call-phase-connected').waitFor()
        const gone = Date.now()
        // The villager's phone dies: no hang-up, no goodbye.
        await p.contexts[0].close()
        await p.adviser.locator('.call-status-line', { hasText: '网络中断' }).waitFor({ timeout: 20_000 })
        expect(Date.now() - gone).toBeLessThan(15_000)
      })(),
    )
    expect((await callRecords(h5.stack, p))[0]).toMatch(/^语音通话 · /)
  })
})

describe('H5 in Chromium with TRTC configured: a call goes through TRTC Web, as the mini-program does', () => {
  const h5 = servedH5({
    extraBffEnv: {
      CALL_SWEEP_MS: '300',
      TRTC_SDK_APP_ID: '1400000001',
      TRTC_SECRET_KEY: 'trtc-secret-0123456789abcdef0123456789abcdef',
    },
  })
  let phones: Phones | undefined
  afterEach(async () => {
    for (const c of phones?.contexts ?? []) await c.close()
    phones = undefined
  })

  it('both phones ask TRTC for the call’s room; with TRTC out of reach the call ends saying the line failed', async () => {
    const p = (phones = await twoPhones(h5.stack, h5.browser, '13977771021'))
    // This machine reaches no TRTC server: every request to one is recorded and refused.
    const asked: string[] = []
    const trtcHosts = /cloud-rtc\.(com|net)|\.qq\.com|qcloud\.com|tencent-cloud\.com/
    for (const c of p.contexts) {
      await c.route(trtcHosts, async (route) => {
        asked.push(`${route.request().url()} ${route.request().postData() ?? ''}`)
        await route.abort('internetdisconnected')
      })
      await c.routeWebSocket(trtcHosts, (ws) => {
        asked.push(`ws ${ws.url()}`)
        void ws.close()
      })
    }
    await within(
      p,
      (async () => {
        await p.villager.locator('.chat-call-video').click()
        await p.adviser.locator('.call-accept').click()
        // Given up after 20 s without a media path, on both sides, saying the line failed.
        await p.villager.locator('.call-status-line', { hasText: '通话线路连接失败' }).waitFor({ timeout: 40_000 })
        await p.adviser.locator('.call-status-line', { hasText: '通话线路连接失败' }).waitFor({ timeout: 10_000 })
      })(),
    )
    // Each phone asked TRTC's scheduler for the call's room (groupId), as itself, with a UserSig.
    const callId = (
      await call<MessagePage>(
        h5.stack.bffUrl,
        'GET',
        `/api/v1/consultations/${p.consultationId}/messages?beforeSeq=1000000&limit=5`,
        { token: p.villagerToken },
      )
    ).body.items.flatMap((m) => (m.body.kind === 'system' && m.body.call ? [m.body.call.id] : []))[0]
    const schedules = asked.filter((a) => a.startsWith('https://schedule.cloud-rtc.'))
    expect(schedules.length).toBeGreaterThanOrEqual(2)
    for (const field of ['sdkAppId', 'groupId', 'userId', 'userSig'])
      expect(schedules.every((a) => a.includes(`name="${field}"`))).toBe(true)
    expect(schedules.every((a) => a.includes('1400000001') && a.includes(callId ?? 'no call'))).toBe(true)
    const me = await call<{ id: string }>(h5.stack.bffUrl, 'GET', '/api/v1/me', { token: p.villagerToken })
    expect(schedules.some((a) => a.includes(me.body.id))).toBe(true)
    expect(new Set(schedules.map((a) => /name="userId"\s+(\S+)/.exec(a)?.[1])).size).toBe(2)
  })
})
