import { existsSync } from 'node:fs'
import type { AuthSession } from '@pocket/contract'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { requireBuild } from '../support/builds'
import { CHROMIUM_FLAGS, CHROMIUM_MISSING, CHROMIUM_PATH } from '../support/chromium-flags.mjs'
import { startStack, type Stack, type StackOptions } from '../support/stack'

/**
 * Debian's Chromium headless shell, with fake media devices (tests/support/chromium-flags.mjs); `extraArgs`
 * for a test's own (say, a camera that plays a file).
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING)
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  })
}

/**
 * The stack serving the H5 build, and Chromium, for one describe block: started before its tests,
 * stopped after them. Read `stack` and `browser` inside the tests.
 */
export function servedH5(opts: Partial<StackOptions> = {}): { readonly stack: Stack; readonly browser: Browser } {
  const served = {} as { stack: Stack; browser: Browser }
  beforeAll(async () => {
    served.stack = await startStack({
      backend: 'pglite',
      ...opts,
      extraBffEnv: {
        H5_DIR: requireBuild('h5'),
        // Every phone of a test shares 127.0.0.1, and each new phone fetches the whole H5 afresh:
        // the per-IP limits (tested on their own in tests/server) would otherwise count a dozen
        // phones as one client and refuse their chunks with 429.
        RATE_LIMIT_PER_MINUTE: '100000',
        SMS_SEND_PER_IP_PER_HOUR: '100000',
        ...opts.extraBffEnv,
      },
    })
    served.browser = await launchChromium()
  })
  afterAll(async () => {
    await served.browser?.close()
    await served.stack?.stop()
  })
  return served
}

/** A phone with this person already signed in (as if they had signed in yesterday). */
export async function rememberSignIn(context: BrowserContext, session: AuthSession): Promise<void> {
  const state = { accessToken: session.accessToken, refreshToken: session.refreshToken, me: session.me }
  await context.addInitScript(
    (value) => localStorage.setItem('pocket12348.session', JSON.stringify({ data: value })),
    JSON.stringify({ state, version: 1 }),
  )
}

/** Every Content-Security-Policy refusal the page reports: a page must work under the policy it is served with. */
export function cspViolations(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text())
  })
  return seen
}

/** What the page said: console messages, page errors and failed requests, for a failure message. */
export function recordPage(page: Page): () => string {
  const lines: string[] = []
  page.on('console', (m) => lines.push(`[console.${m.type()}] ${m.text()}`))
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`))
  page.on('requestfailed', (r) =>
    lines.push(`[requestfailed] ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`),
  )
  page.on('websocket', (ws) => {
    lines.push(`[websocket] open ${ws.url().replace(/ticket=[^&]+/, 'ticket=…')}`)
    ws.on('close', () => lines.push('[websocket] closed'))
    ws.on('socketerror', (e) => lines.push(`[websocket] error ${e}`))
  })
  return () => lines.slice(-40).join('\n')
}

/** Waits for `text` on the page; on timeout the error carries what the page and the servers said. */
export async function waitForText(page: Page, text: string, log: () => string, servers: () => string): Promise<void> {
  try {
    await page.getByText(text).waitFor()
  } catch (e) {
    throw new Error(
      `${(e as Error).message}\n--- page ---\n${log()}\n--- servers (tail) ---\n${servers().slice(-3000)}`,
    )
  }
}

/** Signs in on the login page by SMS, reading the code from the gateway emulator. */
export async function signIn(page: Page, stack: Pick<Stack, 'sms'>, phone: string): Promise<void> {
  await page.locator('.login-phone input').fill(phone)
  await page.getByText('获取验证码').click()
  await page.getByText('验证码已发送').waitFor()
  await page.locator('.login-code input').fill(stack.sms.lastCode(phone))
  await page.locator('.login-submit').click()
}

/**
 * The contrast ratio (WCAG 2) of an element's text against the background it is drawn on: the
 * first non-transparent background of it or its ancestors.
 */
export function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r, g, b].map((v) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * R + 0.7152 * G + 0.0722 * B
      }
      let bg: number[] = [255, 255, 255]
      for (let node: Element | null = el; node; node = node.parentElement) {
        const c = rgb(getComputedStyle(node).backgroundColor)
        if (c.length >= 3 && (c.length < 4 || c[3] > 0)) {
          bg = c.slice(0, 3)
          break
        }
      }
      const fg = rgb(getComputedStyle(el).color)
      // Translucent text is blended over its background, as the eye sees it.
      const alpha = fg.length >= 4 ? fg[3] : 1
      const seen = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha))
      const [a, b] = [luminance(seen), luminance(bg)].sort((x, y) => y - x)
      return (a + 0.05) / (b + 0.05)
    })
}

/**
 * Each element is inside the phone's viewport (nothing the person needs has fallen below the fold),
 * once the page has finished sliding in (Taro's H5 page transition).
 */
export async function expectOnScreen(page: Page, selectors: string[]): Promise<void> {
  const view = page.viewportSize()!
  const placed = async () =>
    Promise.all(
      selectors.map(async (selector) => {
        const box = await page.locator(selector).first().boundingBox()
        const inside =
          !!box && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width
        return [selector, inside] as const
      }),
    )
  let seen = await placed()
  for (const until = Date.now() + 3000; seen.some(([, inside]) => !inside) && Date.now() < until;) {
    await page.waitForTimeout(100)
    seen = await placed()
  }
  expect(seen).toEqual(selectors.map((selector) => [selector, true]))
}

/** Each control is at least `min` CSS pixels each way: a finger's size, not a line of text. */
export async function expectTappable(page: Page, selectors: string[], min: number): Promise<void> {
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox()
    expect([selector, Math.round(box?.width ?? 0) >= min && Math.round(box?.height ?? 0) >= min]).toEqual([
      selector,
      true,
    ])
  }
}
