import type { AuthSession } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { cspViolations, recordPage, rememberSignIn, servedH5 } from './browser'

/** A village of 吉强镇, 西吉县. */
const VILLAGE = '640422100201'

describe('H5 in Chromium: a villager finds a notary office, calls it and is shown the way', () => {
  const h5 = servedH5()

  it('首页 → 找服务机构 → 公证处 (their county’s first) → call → navigate → its notary’s record', async () => {
    const { stack, browser } = h5
    const session = await signInBySms(stack.bffUrl, stack.sms, '13977772001')
    const me = await call<AuthSession['me']>(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: session.accessToken,
      body: { villageCode: VILLAGE },
    })
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      hasTouch: true,
      isMobile: true,
    })
    // The map page is outside; what matters is where the link goes.
    await context.route('https://uri.amap.com/**', (route) => route.fulfill({ status: 200, body: 'map' }))
    await rememberSignIn(context, { ...session, me: me.body })
    const page = await context.newPage()
    const log = recordPage(page)
    const csp = cspViolations(page)
    try {
      await page.goto(`${stack.bffUrl}/`)
      await page.locator('.home-institutions').click()
      await page.locator('.institutions-row').first().waitFor()
      await page.locator('.institutions-kind-notary_office').click()
      const rows = page.locator('.institutions-row')
      await rows.first().getByText('西吉县公证处').waitFor()
      expect(await rows.count()).toBe(2)
      expect(await rows.nth(1).innerText()).toContain('银川市兴庆公证处')
      expect(await rows.first().innerText()).toContain('演示数据')
      await rows.first().click()

      await page.locator('.institution-hours').getByText('周一至周五').waitFor()
      const dial = page.locator('.institution-call')
      expect(await dial.getAttribute('href')).toBe('tel:0954-3010013')
      expect(await dial.innerText()).toBe('拨打电话 0954-3010013')
      const [map] = await Promise.all([context.waitForEvent('page'), page.locator('.institution-navigate').click()])
      const url = new URL(map.url())
      expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker')
      expect(url.searchParams.get('position')).toBe('105.7336,35.9661')
      expect(url.searchParams.get('name')).toBe('西吉县公证处（演示）')
      await map.close()
      expect(await page.locator('.institution-service').allInnerTexts()).toEqual(['公证'])

      // Its notary, with the licence and the record the justice bureau publishes.
      await page.locator('.institution-person', { hasText: '马俊' }).click()
      await page.locator('.person-licence').getByText('26404222014060013').waitFor()
      expect(await page.locator('.person-status').innerText()).toContain('正常执业')
      expect(await page.locator('.person-credit').innerText()).toContain('暂无奖励或惩戒记录')
      expect(await page.locator('.person-call').getAttribute('href')).toBe('tel:0954-3010013')
      expect(csp).toEqual([])
    } catch (err) {
      process.stdout.write(log())
      throw err
    } finally {
      await context.close()
    }
  })
})
