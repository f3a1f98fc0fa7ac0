import { join } from 'node:path'
import type { Me } from '@pocket/contract'
import type { Page } from 'playwright-core'
import { call } from '../support/api'
import { apply, applicationBody } from '../support/legal-aid'
import { ROOT } from '../support/processes'
import { recordPage, servedH5, signIn } from './browser'

const RESIDENT = '13955560041'

/** What the app's session keeps: the access token the page signed in with. */
const tokenOf = (page: Page) =>
  page.evaluate(
    () =>
      (
        JSON.parse(JSON.parse(localStorage.getItem('pocket12348.session') ?? '{}').data ?? '{}') as {
          state?: { accessToken?: string }
        }
      ).state?.accessToken ?? '',
  )

/** As when the person switches to another app or the screen goes dark. */
const leaveForAMoment = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    window.dispatchEvent(new Event('visibilitychange'))
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    window.dispatchEvent(new Event('visibilitychange'))
  })

describe('H5 in Chromium: safety on a shared phone — discreet notices, the app lock, 快速离开', () => {
  const h5 = servedH5()

  it('locks 我的办件 behind a PIN once the app is left, and 快速离开 leaves for a weather page', async () => {
    const context = await h5.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    // The neutral page 快速离开 goes to, answered here (the machine reaches no outside site).
    await context.route('https://www.baidu.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<title>今天天气</title>晴' }),
    )
    const page = await context.newPage()
    const log = recordPage(page)
    try {
      await page.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
      await signIn(page, h5.stack, RESIDENT)
      await page.locator('.home-service').first().waitFor()
      const token = await tokenOf(page)
      const applied = await apply(
        h5.stack.bffUrl,
        token,
        applicationBody({ summary: '丈夫经常动手打我，我想离婚并要回孩子。' }),
      )
      expect(applied.status).toBe(201)
      const number = applied.body.number

      await page.locator('.taro-tabbar__tabbar').getByText('我的').click()
      await page.locator('.mine-privacy').click()
      // Notices that say nothing of substance: kept on the account.
      await page.locator('.privacy-notices').click()
      await page.getByText('已保存').waitFor()
      const me = await call<Me>(h5.stack.bffUrl, 'GET', '/api/v1/me', { token })
      expect(me.body.discreetNotices).toBe(true)
      // The PIN, typed twice.
      await page.locator('.privacy-pin input').fill('2580')
      await page.locator('.privacy-pin-again input').fill('2581')
      await page.locator('.privacy-set-pin').click()
      await page.getByText('两次输入的密码不一样，请重新输入').waitFor()
      await page.locator('.privacy-pin-again input').fill('2580')
      await page.locator('.privacy-set-pin').click()
      await page.locator('.privacy-lock-state', { hasText: '已开启' }).waitFor()
      const stored = await page.evaluate(() => localStorage.getItem('pocket12348.lock') ?? '')
      expect(stored).not.toContain('2580')
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-privacy.png'), fullPage: true })

      // Whoever set it is the owner: 我的办件 opens until the app is left.
      await page.locator('.taro-navigation-bar-back').click()
      await page.locator('.taro_page_show .mine-requests').click()
      const list = page.locator('[id^="/packages/requests/list/index"]')
      await list.locator('.appointments-row').first().waitFor()
      await leaveForAMoment(page)
      await list.locator('.lock-screen').waitFor()
      expect(await list.locator('.appointments-row').count()).toBe(0)
      expect(await list.innerText()).not.toContain('法律援助申请')
      await list.locator('.lock-pin input').fill('1111')
      await list.locator('.lock-open').click()
      await list.getByText('密码不对，请再试一次').waitFor()
      await list.locator('.lock-pin input').fill('2580')
      await list.locator('.lock-open').click()
      await list.locator('.appointments-row').first().waitFor()

      // 快速离开: gone to the weather, and what the pages kept to show at once forgotten.
      await list.locator('.appointments-row').first().click()
      const application = page.locator('[id^="/packages/legal-aid/application/index"]')
      await application.locator('.application-number').waitFor()
      await application.locator('.quick-exit').click()
      await page.waitForURL('https://www.baidu.com/**')
      expect(await page.title()).toBe('今天天气')
      // Coming back (返回, or opening the app again) finds it locked.
      await page.goBack()
      await page.waitForURL(`${h5.stack.bffUrl}/**`)
      await page.locator('.lock-screen').waitFor()
      expect(await page.locator('body').innerText()).not.toContain(number.slice(-4))
      const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cache:')))
      expect(kept).toEqual([])
    } catch (e) {
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-privacy-failed.png'), fullPage: true })
      throw new Error(`${(e as Error).message}\n--- page ---\n${log()}`)
    } finally {
      await context.close()
    }
  })
})
