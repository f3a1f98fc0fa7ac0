import type { Page } from 'playwright-core'
import type { AuthSession, DcSendResults } from '@pocket/contract'
import { ADVISER_PHONE, residentWithConsultation } from '../support/consult'
import { signInBySms } from '../support/api'
import { signedCall } from '../support/signed'
import { rememberSignIn, servedH5 } from './browser'

const MESSAGES = 300

/** Stores a long conversation as the BFF would, a hundred messages a call. */
async function seed(
  h5: ReturnType<typeof servedH5>,
  consultationId: string,
  resident: AuthSession,
  adviser: AuthSession,
) {
  for (let from = 1; from <= MESSAGES; from += 100) {
    const items = Array.from({ length: Math.min(100, MESSAGES - from + 1) }, (_, i) => {
      const n = from + i
      const by = n % 3 === 0 ? adviser : resident
      return {
        actor: { id: `account:${by.me.id}`, role: by.me.role },
        consultationId,
        clientId: `history-${String(n).padStart(4, '0')}`,
        // Some long, some short: rows of different heights.
        message: {
          kind: 'text',
          text: `第${n}条${n % 5 === 0 ? '：我家承包地的边界和邻居有争议，想请您看看怎么处理比较好。'.repeat(3) : ''}`,
        },
      }
    })
    const res = await signedCall<DcSendResults>(h5.stack, 'POST', '/messages', { body: { items } })
    if (res.status !== 200 || !res.body.items.every((o) => o.ok)) throw new Error(`seed: ${JSON.stringify(res.body)}`)
  }
}

const rendered = (page: Page) => page.locator('.chat-message').count()

type WithOnScreen = { onScreen: () => number[]; settled: () => Promise<void> }

/**
 * In the page: the numbers of the messages inside the list's visible box, top to bottom; and a wait
 * until the list has stopped moving (ten frames alike), so what is read is what the reader sees
 * once the list has answered the scroll.
 */
function installOnScreen(): void {
  const w = window as unknown as WithOnScreen
  w.settled = () =>
    new Promise((done) => {
      let last = ''
      let same = 0
      const look = () => {
        const now = `${document.querySelector('.chat-list')?.scrollTop} ${w.onScreen().join(',')}`
        same = now === last ? same + 1 : 0
        last = now
        if (same >= 10) done()
        else requestAnimationFrame(look)
      }
      requestAnimationFrame(look)
    })
  w.onScreen = () => {
    const list = document.querySelector('.chat-list')
    if (!list) return []
    const box = list.getBoundingClientRect()
    return Array.from(document.querySelectorAll('.chat-message'))
      .filter((m) => {
        const r = m.getBoundingClientRect()
        return r.bottom > box.top + 1 && r.top < box.bottom - 1
      })
      .map((m) => Number(/第(\d+)条/.exec(m.textContent ?? '')?.[1] ?? 0))
      .filter((n) => n > 0)
  }
}

const onScreen = async (page: Page) => {
  await page.evaluate(() => (window as unknown as WithOnScreen).settled())
  return page.evaluate(() => (window as unknown as WithOnScreen).onScreen())
}

describe('H5 in Chromium: a long conversation', () => {
  const h5 = servedH5()

  it('renders only what is near the screen, and scrolls back to its first message without losing its place', async () => {
    const { session, consultation } = await residentWithConsultation(h5.stack, '13977779001')
    const adviser = await signInBySms(h5.stack.bffUrl, h5.stack.sms, ADVISER_PHONE)
    await seed(h5, consultation.id, session, adviser)
    const context = await h5.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      hasTouch: true,
      isMobile: true,
    })
    await rememberSignIn(context, session)
    await context.addInitScript(installOnScreen)
    const page = await context.newPage()
    try {
      await page.goto(`${h5.stack.bffUrl}/`)
      await page.locator('.home-chat').click()
      // It opens at the newest message.
      await page.locator('.chat-message', { hasText: `第${MESSAGES}条` }).waitFor()
      await page.locator('.chat-message', { hasText: `第${MESSAGES}条` }).scrollIntoViewIfNeeded()
      expect(await page.locator('.chat-message', { hasText: `第${MESSAGES}条` }).isVisible()).toBe(true)

      // Scroll back a screen at a time to the first message: what shows next is always what was just
      // above (an older page arriving above never moves the view), and the list holds a few dozen rows.
      const list = page.locator('.chat-list')
      let most = 0
      let seen = await onScreen(page)
      for (let screens = 0; Math.min(...seen) > 1 && screens < 200; screens++) {
        const top = Math.min(...seen)
        // At the very top the page before is on its way: it comes in above, and the view keeps its place.
        await page.waitForFunction(() => (document.querySelector('.chat-list')?.scrollTop ?? 0) > 0)
        await list.evaluate((el) => el.scrollBy(0, -el.clientHeight + 40))
        await page.waitForFunction((below) => Math.min(...(window as unknown as WithOnScreen).onScreen()) < below, top)
        const next = await onScreen(page)
        expect(Math.max(...next)).toBeGreaterThanOrEqual(top - 1)
        most = Math.max(most, await rendered(page))
        seen = next
      }
      expect(Math.min(...seen)).toBe(1)
      expect(most).toBeGreaterThan(5)
      expect(most).toBeLessThan(80)
      expect(seen).toEqual([...seen].sort((a, b) => a - b))
    } finally {
      await context.close()
    }
  })
})
