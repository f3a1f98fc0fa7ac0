import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { AuthSession } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE, VILLAGE } from '../support/consult'
import { ROOT } from '../support/processes'
import { cspViolations, recordPage, rememberSignIn, servedH5 } from './browser'

async function say(page: Page, text: string): Promise<void> {
  await page.locator('.chat-input textarea').fill(text)
  await page.locator('.chat-send').click()
}

const bubble = (page: Page, text: string) => page.locator('.chat-message', { hasText: text })

describe('H5 in Chromium: a villager and the village adviser message each other', () => {
  const h5 = servedH5()

  it('text both ways with read receipts; written offline, it waits and goes out in order', async () => {
    const villagerSession = await signInBySms(h5.stack.bffUrl, h5.stack.sms, '13977770001')
    await call(h5.stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: villagerSession.accessToken,
      body: { villageCode: VILLAGE },
    })
    const me = await call<AuthSession['me']>(h5.stack.bffUrl, 'GET', '/api/v1/me', {
      token: villagerSession.accessToken,
    })
    const adviserSession = await signInBySms(h5.stack.bffUrl, h5.stack.sms, ADVISER_PHONE)

    const villagerContext = await h5.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await rememberSignIn(villagerContext, { ...villagerSession, me: me.body })
    const adviserContext = await h5.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await rememberSignIn(adviserContext, adviserSession)
    const villager = await villagerContext.newPage()
    const adviser = await adviserContext.newPage()
    const logs = [recordPage(villager), recordPage(adviser)]
    const csp = [...cspViolations(villager), ...cspViolations(adviser)]
    try {
      // The villager opens the chat from the adviser card on 首页.
      await villager.goto(`${h5.stack.bffUrl}/`)
      await villager.locator('.home-chat').click()
      await villager.getByText('有法律问题可以直接问马晓梅').waitFor()
      await say(villager, '马老师好，邻居占了我家的承包地，怎么办？')
      await bubble(villager, '邻居占了我家的承包地').getByText('已送达').waitFor()

      // The adviser sees it in the inbox, unread, and answers.
      await adviser.goto(`${h5.stack.bffUrl}/#/packages/workbench/index/index`)
      const row = adviser.locator('.inbox-row', { hasText: '邻居占了我家的承包地' })
      await row.getByText('1条未读').waitFor()
      await row.click()
      await bubble(adviser, '邻居占了我家的承包地').waitFor()
      // Reading it shows 已读 on the villager's phone.
      await bubble(villager, '邻居占了我家的承包地').getByText('已读').waitFor()
      await say(adviser, '请把承包合同找出来，明天我到村里看一下。')
      await bubble(villager, '请把承包合同找出来').waitFor()

      // Offline, the villager writes two messages: they wait, survive a restart of the app, and go out in order.
      await villagerContext.setOffline(true)
      await villager.locator('.chat-head').getByText('网络已断开').waitFor({ timeout: 45_000 })
      await say(villager, '好的，合同在我老伴那里')
      await say(villager, '我明天上午都在家')
      expect(await villager.locator('.chat-pending').count()).toBe(2)
      await villager.screenshot({ path: join(ROOT, 'test-results/e2e-chat-offline.png') })
      await villager.reload().catch(() => undefined)
      await villagerContext.setOffline(false)
      await villager.goto(`${h5.stack.bffUrl}/#/packages/consult/chat/index`)
      await bubble(adviser, '我明天上午都在家').waitFor({ timeout: 45_000 })
      const onAdviser = await adviser.locator('.chat-message .chat-bubble').allInnerTexts()
      expect(onAdviser.slice(-2)).toEqual(['好的，合同在我老伴那里', '我明天上午都在家'])
      await villager.locator('.chat-pending').first().waitFor({ state: 'detached' })
      await villager.screenshot({ path: join(ROOT, 'test-results/e2e-chat-villager.png') })
      await adviser.screenshot({ path: join(ROOT, 'test-results/e2e-chat-adviser.png') })
    } catch (e) {
      await villager.screenshot({ path: join(ROOT, 'test-results/e2e-chat-failed-villager.png') })
      await adviser.screenshot({ path: join(ROOT, 'test-results/e2e-chat-failed-adviser.png') })
      throw new Error(`${(e as Error).message}\n--- villager ---\n${logs[0]()}\n--- adviser ---\n${logs[1]()}`)
    }
    expect(csp).toEqual([])
    await villagerContext.close()
    await adviserContext.close()
  })
})
