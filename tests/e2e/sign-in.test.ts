import { join } from 'node:path'
import type { AuthSession } from '@pocket/contract'
import type { Request } from 'playwright-core'
import { signInBySms } from '../support/api'
import { ROOT } from '../support/processes'
import { contrastOf, cspViolations, recordPage, servedH5, signIn, waitForText } from './browser'

describe('H5 in Chromium: sign in, pick a village, see the adviser; adviser sees the workbench', () => {
  const h5 = servedH5()

  it('a resident signs in by SMS, picks their village and sees their adviser', async () => {
    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    // The page runs under the BFF's Content-Security-Policy: anything it blocks is a failure here.
    const blocked = cspViolations(page)
    await page.goto(`${h5.stack.bffUrl}/`)
    await page.getByText('登录 / 注册').click()
    await signIn(page, h5.stack, '13955550001')
    await page.getByText('选择我所在的村（社区）').click()
    for (const name of ['宁夏回族自治区', '银川市', '永宁县', '闽宁镇', '福宁村']) {
      await page.locator('.village-item', { hasText: name }).click()
    }
    await page.locator('.home-adviser').getByText('马晓梅').waitFor()
    const card = await page.locator('.home-adviser').innerText()
    expect(card).toContain('138****0001')
    expect(card).toContain('演示数据')
    expect(card).toContain('福宁村')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(blocked).toEqual([])
    await page.screenshot({ path: join(ROOT, 'test-results/e2e-resident-home.png') })
  })

  it('shows the wait before another code can be asked for, legibly', async () => {
    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
    await page.locator('.login-phone input').fill('13955550009')
    await page.getByText('获取验证码').click()
    await page.getByText(/\d+秒后重新获取/).waitFor()
    expect(await contrastOf(page, '.login-send')).toBeGreaterThanOrEqual(4.5)
    await page.screenshot({ path: join(ROOT, 'test-results/e2e-login-countdown.png') })
  })

  it('an adviser signs in and lands on the workbench with their villages and a live socket', async () => {
    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 } })
    const log = recordPage(page)
    await page.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
    await signIn(page, h5.stack, '13800000001')
    await page.getByText('我负责的村（社区）').waitFor()
    const text = await page.locator('.workbench').innerText()
    expect(text).toContain('马晓梅')
    expect(text).toContain('永宁县 / 闽宁镇 / 福宁村')
    await page.locator('.inbox').getByText('暂无待处理的咨询').waitFor()
    // What needs doing comes first: the inbox above the adviser's own card and villages.
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Infinity
    expect(await top('.inbox')).toBeLessThan(await top('.workbench-village'))
    await waitForText(page, '实时连接正常', log, () => h5.stack.bffs[0].output())
    await page.screenshot({ path: join(ROOT, 'test-results/e2e-adviser-workbench.png') })
  })

  it('two tabs whose access token expired refresh it once between them, and both stay signed in', async () => {
    const session = await signInBySms(h5.stack.bffUrl, h5.stack.sms, '13955550002')
    const context = await h5.browser.newContext({ viewport: { width: 390, height: 844 } })
    const setup = await context.newPage()
    await setup.goto(`${h5.stack.bffUrl}/`)
    // The device holds an access token the BFF no longer accepts and a live refresh token.
    const stored: Pick<AuthSession, 'refreshToken' | 'me'> & { accessToken: string } = {
      accessToken: 'expired.access.token',
      refreshToken: session.refreshToken,
      me: session.me,
    }
    await setup.evaluate((state) => {
      const value = JSON.stringify({ state, version: 1 })
      localStorage.setItem('pocket12348.session', JSON.stringify({ data: value }))
    }, stored)
    await setup.close()

    // Hold the refresh until both tabs have been refused, so both need one at the same moment.
    // Every refresh a tab sends, and every one that fails, is written down: a failure says which
    // tab sent what, and when (this test once saw two refreshes on a loaded CI machine).
    const refused: Promise<unknown>[] = []
    const refreshes: string[] = []
    const started = Date.now()
    let bothRefused: Promise<unknown> = Promise.resolve()
    const tabs = [await context.newPage(), await context.newPage()]
    const tabOf = (request: Request) => `tab ${tabs.indexOf(request.frame().page()) + 1}`
    const sentWith = (request: Request) =>
      `…${String((request.postDataJSON() as { refreshToken?: string }).refreshToken).slice(-6)}`
    await context.route('**/api/v1/auth/refresh', async (route) => {
      const request = route.request()
      refreshes.push(`${tabOf(request)} sent ${sentWith(request)} at +${Date.now() - started} ms`)
      await bothRefused
      await route.continue()
    })
    for (const tab of tabs) {
      refused.push(tab.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.status() === 401))
      tab.on('requestfailed', (r) => {
        if (r.url().endsWith('/auth/refresh'))
          refreshes.push(`${tabOf(r)}: ${r.failure()?.errorText ?? 'failed'} at +${Date.now() - started} ms`)
      })
    }
    bothRefused = Promise.all(refused)
    const answered = tabs.map((tab) => tab.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.status() === 200))
    await Promise.all(tabs.map((tab) => tab.goto(`${h5.stack.bffUrl}/`)))
    await Promise.all(answered)
    expect(refreshes).toEqual([expect.stringMatching(/^tab \d sent /)])
    for (const tab of tabs) await tab.getByText('选择我所在的村（社区）').waitFor()
    await context.close()
  })
})
