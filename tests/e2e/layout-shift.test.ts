import type { AuthSession, Me } from '@pocket/contract'
import { PAGE, type PageName } from '../../src/pages'
import { call, signInBySms } from '../support/api'
import { residentWithConsultation } from '../support/consult'
import { recordPage, rememberSignIn, servedH5 } from './browser'

// Nothing jumps while a page loads on a village network: the page's cumulative layout shift stays
// at or under 0.1 (the "good" mark of Core Web Vitals) with the network held to 400 kbit/s and a
// 400 ms round trip, cold (nothing cached on the phone), in standard and 长辈版.

const CLS_BUDGET = 0.1
const RESIDENT = '13955590001'

interface Loaded {
  page: PageName
  query?: string
  who: 'resident' | 'staff'
  /** Shown once the page has what it loads. */
  ready: string
}

const PAGES: Loaded[] = [
  { page: 'home', who: 'resident', ready: '.home-service' },
  { page: 'book', query: 'item=legal-consult', who: 'resident', ready: '.book-slot' },
  { page: 'chat', who: 'resident', ready: '.chat-compose' },
  { page: 'workbench', who: 'staff', ready: '.week-day' },
]

describe('H5 in Chromium on a slow network: no layout shift while pages load', () => {
  const h5 = servedH5()
  const sessions = {} as Record<Loaded['who'], AuthSession>

  beforeAll(async () => {
    // A villager of the demo village with a conversation; the phone remembers them with their village.
    const { session } = await residentWithConsultation(h5.stack, RESIDENT)
    const me = await call<Me>(h5.stack.bffUrl, 'GET', '/api/v1/me', { token: session.accessToken })
    sessions.resident = { ...session, me: me.body }
    sessions.staff = await signInBySms(h5.stack.bffUrl, h5.stack.sms, '13700000001')
  })

  /** The page's shift beyond the budget, or what went wrong loading it; null when it held still. */
  async function shiftOf(loaded: Loaded, elder: boolean): Promise<string | null> {
    // A phone that has never opened the app: a fresh context each time, so nothing is cached.
    const phone = await h5.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await rememberSignIn(phone, sessions[loaded.who])
    await phone.addInitScript((on) => {
      localStorage.setItem(
        'pocket12348.ui',
        JSON.stringify({ data: JSON.stringify({ state: { elderChoice: on }, version: 1 }) }),
      )
      const seen = { total: 0, moved: [] as string[] }
      ;(window as unknown as { shifts: typeof seen }).shifts = seen
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number
          hadRecentInput: boolean
          sources?: { node?: Node }[]
        })[]) {
          if (e.hadRecentInput) continue
          seen.total += e.value
          const what = (e.sources ?? []).map((s) => (s.node as Element | undefined)?.className || '?').join(', ')
          seen.moved.push(`${e.value.toFixed(3)} (${what})`)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    }, elder)
    const page = await phone.newPage()
    const log = recordPage(page)
    try {
      // Each phone has its own emulated link, so the pages load side by side as on four phones.
      const cdp = await phone.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: (400 * 1024) / 8,
        uploadThroughput: (400 * 1024) / 8,
      })
      await page.goto(`${h5.stack.bffUrl}/#${PAGE[loaded.page]}${loaded.query ? `?${loaded.query}` : ''}`)
      await page.locator(`.taro_page_show ${loaded.ready}`).first().waitFor({ timeout: 60_000 })
      await page.waitForLoadState('networkidle')
      const seen = await page.evaluate(
        () => (window as unknown as { shifts: { total: number; moved: string[] } }).shifts,
      )
      return seen.total > CLS_BUDGET ? `${loaded.page}: ${seen.total.toFixed(3)} — ${seen.moved.join('; ')}` : null
    } catch (e) {
      return `${loaded.page}: ${(e as Error).message.split('\n')[0]}\n${log()}`
    } finally {
      await phone.close()
    }
  }

  for (const elder of [false, true]) {
    it(`${elder ? '长辈版' : 'standard'}: each page shifts by at most ${CLS_BUDGET}`, async () => {
      const shifts = (await Promise.all(PAGES.map((loaded) => shiftOf(loaded, elder)))).filter((s) => s !== null)
      expect(shifts).toEqual([])
    })
  }
})
