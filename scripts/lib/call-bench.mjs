// The call bench: how long from the adviser tapping 接听 until both phones' media is connected, for
// H5 calls through the product (accept frame → data center → call.state → media credentials → camera →
// SDP/ICE over the BFF socket). Baseline, in the same run: the same two Chromium pages connect a bare
// RTCPeerConnection with the same camera and microphone, the SDP handed across by this script.
// The functions handed to page.evaluate run in the browser:
/* global window, navigator, localStorage, RTCPeerConnection */
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, CHROMIUM_MISSING, CHROMIUM_PATH } from '../../tests/support/chromium-flags.mjs'

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true }

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function signedInPage(browser, bffUrl, session, path) {
  const context = await browser.newContext(PHONE)
  const state = { accessToken: session.accessToken, refreshToken: session.refreshToken, me: session.me }
  await context.addInitScript(
    (value) => localStorage.setItem('pocket12348.session', JSON.stringify({ data: value })),
    JSON.stringify({ state, version: 1 }),
  )
  const page = await context.newPage()
  await page.goto(`${bffUrl}/#${path}`)
  return page
}

/** One bare WebRTC call between two pages: getUserMedia on both, offer/answer handed across, until connected. */
async function bareCall(caller, callee) {
  const t = performance.now()
  const setup = (page) =>
    page.evaluate(async () => {
      const media = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
      const pc = new RTCPeerConnection({ iceServers: [] })
      for (const track of media.getTracks()) pc.addTrack(track, media)
      const gathered = new Promise((resolve) => {
        pc.onicegatheringstatechange = () => pc.iceGatheringState === 'complete' && resolve()
      })
      window.__bare = {
        pc,
        connected: new Promise((resolve) => {
          pc.onconnectionstatechange = () => pc.connectionState === 'connected' && resolve()
        }),
        /** This side's description with every candidate in it: the offer, or the answer to `remote`. */
        describe: async (remote) => {
          if (remote) await pc.setRemoteDescription(remote)
          await pc.setLocalDescription(remote ? await pc.createAnswer() : await pc.createOffer())
          await gathered
          return pc.localDescription.toJSON()
        },
        close: () => {
          pc.close()
          for (const track of media.getTracks()) track.stop()
        },
      }
    })
  await Promise.all([setup(caller), setup(callee)])
  const offer = await caller.evaluate(() => window.__bare.describe(null))
  const answer = await callee.evaluate((o) => window.__bare.describe(o), offer)
  await caller.evaluate((a) => window.__bare.pc.setRemoteDescription(a), answer)
  await Promise.all([caller.evaluate(() => window.__bare.connected), callee.evaluate(() => window.__bare.connected)])
  const ms = performance.now() - t
  await Promise.all([caller.evaluate(() => window.__bare.close()), callee.evaluate(() => window.__bare.close())])
  return ms
}

/** One product call: the villager calls from the chat, the adviser answers; accept → both connected. */
async function productCall(villager, adviser) {
  await villager.locator('.chat-call-video').click()
  await adviser.locator('.call-accept').waitFor()
  const t = performance.now()
  await adviser.locator('.call-accept').click()
  await Promise.all([
    villager.locator('.call-phase-connected').waitFor(),
    adviser.locator('.call-phase-connected').waitFor(),
  ])
  const ms = performance.now() - t
  await adviser.locator('.call-hangup').click()
  // Both screens go back to where they were before the next call.
  await villager.locator('.chat-call-video').waitFor()
  await adviser.locator('.call-status-line').waitFor({ state: 'detached' })
  return ms
}

/**
 * `calls` H5 video calls between a villager and the adviser on one BFF serving dist/h5. Prints
 * median and p95 of accept→connected, with the bare-WebRTC baseline of the same pages.
 */
export async function benchCalls({ bffUrl, villager, adviser, calls, row }) {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    const v = await signedInPage(browser, bffUrl, villager, '/packages/consult/chat/index')
    const a = await signedInPage(browser, bffUrl, adviser, '/packages/workbench/index/index')
    await v.locator('.chat-call-video').waitFor()
    await a.locator('.inbox-row').first().waitFor()
    process.stdout.write(`\ncalls: ${calls} H5 video calls, villager → adviser, accept → both connected\n`)
    await productCall(v, a) // warm-up
    await bareCall(v, a)
    const product = []
    const bare = []
    for (let i = 0; i < calls; i++) {
      bare.push(await bareCall(v, a))
      product.push(await productCall(v, a))
    }
    product.sort((x, y) => x - y)
    bare.sort((x, y) => x - y)
    row('baseline: bare WebRTC between the pages, median', pct(bare, 50), null, 'ms')
    row('baseline: bare WebRTC between the pages, p95', pct(bare, 95), null, 'ms')
    row('accept → connected, median', pct(product, 50), null, 'ms')
    row('accept → connected, p95', pct(product, 95), null, 'ms')
    row(
      'signalling and credentials overhead at the median (product − baseline)',
      pct(product, 50) - pct(bare, 50),
      null,
      'ms',
    )
  } finally {
    await browser.close()
  }
}
