import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { AuthSession, LegalAidApplication, MessagePage, RequestSummary } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE, VILLAGE } from '../support/consult'
import { applicationBody, apply } from '../support/legal-aid'
import type { Stack } from '../support/stack'
import { ROOT } from '../support/processes'
import { cspViolations, recordPage, rememberSignIn, servedH5 } from './browser'

async function say(page: Page, text: string): Promise<void> {
  await page.locator('.chat-input textarea').fill(text)
  await page.locator('.chat-send').click()
}

const bubble = (page: Page, text: string) => page.locator('.chat-message', { hasText: text })

let adviserSession: AuthSession | undefined

/** A villager of the demo village and the adviser, each signed in in a phone-sized browser context. */
async function twoPhones(stack: Stack, browser: Browser, villagerPhone: string) {
  const villagerSession = await signInBySms(stack.bffUrl, stack.sms, villagerPhone)
  await call(stack.bffUrl, 'PUT', '/api/v1/me/village', {
    token: villagerSession.accessToken,
    body: { villageCode: VILLAGE },
  })
  const me = await call<AuthSession['me']>(stack.bffUrl, 'GET', '/api/v1/me', { token: villagerSession.accessToken })
  // One SMS sign-in per phone a minute: the adviser's session is shared by the tests.
  adviserSession ??= await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)
  const phone = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', hasTouch: true, isMobile: true }
  const villagerContext = await browser.newContext(phone)
  await rememberSignIn(villagerContext, { ...villagerSession, me: me.body })
  const adviserContext = await browser.newContext(phone)
  await rememberSignIn(adviserContext, adviserSession)
  return {
    villagerToken: villagerSession.accessToken,
    adviserToken: adviserSession.accessToken,
    villagerContext,
    adviserContext,
    villager: await villagerContext.newPage(),
    adviser: await adviserContext.newPage(),
  }
}

/** Holds a finger on an element for a while, as 按住说话 needs (Playwright only taps). */
async function hold(page: Page, selector: string, ms: number): Promise<void> {
  const box = await page.locator(selector).boundingBox()
  if (!box) throw new Error(`${selector} is not on screen`)
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] })
  await page.locator('.chat-recording').waitFor()
  await page.waitForTimeout(ms) // the length of the voice note itself, not a wait for something to happen
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

describe('H5 in Chromium: a villager and the village adviser message each other', () => {
  const h5 = servedH5()

  it('text both ways with read receipts; written offline, it waits and goes out in order', async () => {
    const { villager, adviser, villagerContext, adviserContext } = await twoPhones(h5.stack, h5.browser, '13977770001')
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

      // Offline, the villager writes two messages and adds a photo: they wait, survive a restart of
      // the app (the photo too, though its page's blob: URL dies with the page), and go out in order.
      const photo = await villager.screenshot({ type: 'jpeg', quality: 80 })
      await villagerContext.setOffline(true)
      await villager.locator('.chat-head').getByText('网络已断开').waitFor({ timeout: 45_000 })
      await say(villager, '好的，合同在我老伴那里')
      await say(villager, '我明天上午都在家')
      await villager.getByLabel('更多').click()
      const chooser = villager.waitForEvent('filechooser')
      await villager.locator('.chat-more-photo').click()
      await (await chooser).setFiles({ name: '合同.jpg', mimeType: 'image/jpeg', buffer: photo })
      await villager.locator('.chat-kind-image.chat-pending').waitFor()
      expect(await villager.locator('.chat-pending').count()).toBe(3)
      await villager.screenshot({ path: join(ROOT, 'test-results/e2e-chat-offline.png') })
      await villager.reload().catch(() => undefined)
      await villagerContext.setOffline(false)
      await villager.goto(`${h5.stack.bffUrl}/#/packages/consult/chat/index`)
      await bubble(adviser, '我明天上午都在家').waitFor({ timeout: 45_000 })
      await adviser.waitForFunction(
        () => {
          const img = document.querySelector<HTMLImageElement>('.chat-kind-image img')
          return !!img && img.complete && img.naturalWidth > 0
        },
        undefined,
        { timeout: 45_000 },
      )
      const onAdviser = await adviser.locator('.chat-message .chat-bubble').allInnerTexts()
      expect(onAdviser.filter((text) => text.trim()).slice(-2)).toEqual(['好的，合同在我老伴那里', '我明天上午都在家'])
      await villager.locator('.chat-pending').first().waitFor({ state: 'detached' })

      // The adviser resolves the consultation; the villager sees the note and rates it.
      await adviser.locator('.chat-resolve').click()
      await adviser.locator('.chat-reopen').waitFor()
      await villager.getByText('马晓梅老师已将本次咨询标记为已解决').waitFor()
      await villager.getByLabel('5星').click()
      await villager.locator('.chat-rate-comment textarea').fill('马老师很耐心')
      await villager.getByText('提交评价').click()
      await villager.getByText('您的评价：★★★★★').waitFor()
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

  it('a voice note recorded in the browser plays on the other phone; a photo and a card arrive too', async () => {
    const p = await twoPhones(h5.stack, h5.browser, '13977770002')
    const { number } = (await apply(h5.stack.bffUrl, p.villagerToken, applicationBody())).body as LegalAidApplication
    const mine = await call<{ items: RequestSummary[] }>(h5.stack.bffUrl, 'GET', '/api/v1/me/requests', {
      token: p.villagerToken,
    })
    const application = mine.body.items.find((r) => r.number === number) as RequestSummary
    const logs = [recordPage(p.villager), recordPage(p.adviser)]
    const csp = [...cspViolations(p.villager), ...cspViolations(p.adviser)]
    const { villager, adviser } = p
    try {
      await villager.goto(`${h5.stack.bffUrl}/#/packages/consult/chat/index`)
      await villager.getByText('有法律问题可以直接问马晓梅').waitFor()

      // 按住说话 for about two and a half seconds, with Chromium's fake microphone.
      await villager.getByLabel('切换到语音输入').click()
      await hold(villager, '.chat-hold', 2500)
      await villager.locator('.chat-kind-voice:not(.chat-pending)').getByText('已送达').waitFor()

      // A photo from the album, and the villager's legal aid application as a card.
      const photo = await villager.screenshot({ type: 'jpeg', quality: 90 })
      await villager.getByLabel('更多').click()
      const chooser = villager.waitForEvent('filechooser')
      await villager.locator('.chat-more-photo').click()
      await (await chooser).setFiles({ name: '合同.jpg', mimeType: 'image/jpeg', buffer: photo })
      await villager.locator('.chat-kind-image:not(.chat-pending)').waitFor()
      await villager.getByLabel('更多').click()
      await villager.locator('.chat-more-request').click()
      await villager.locator('.chat-sheet-row', { hasText: application.title }).click()
      await villager.locator('.chat-kind-card:not(.chat-pending)', { hasText: application.number }).waitFor()

      // The adviser opens the conversation from the inbox: the newest is the card.
      await adviser.goto(`${h5.stack.bffUrl}/#/packages/workbench/index/index`)
      await adviser.locator('.inbox-row', { hasText: `[办件] ${application.title}` }).click()
      await adviser.locator('.chat-kind-card', { hasText: application.number }).waitFor()
      await adviser.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('.chat-kind-image img')
        return !!img && img.complete && img.naturalWidth > 0
      })

      // 转办: the adviser suggests a legal aid application; the villager lands on a prefilled form.
      await adviser.getByLabel('更多').click()
      await adviser.locator('.chat-more-aid').click()
      await adviser.locator('.chat-handover-note textarea').fill('老板拖欠工资八个月共两万三千元，多次讨要未果。')
      await adviser.locator('.chat-handover-send').click()
      await villager.getByText('马晓梅老师建议您申请法律援助').waitFor()
      await villager.locator('.chat-handover-go').click()
      await villager.locator('.aid-summary textarea').waitFor()
      expect(await villager.locator('.aid-summary textarea').inputValue()).toBe(
        '老板拖欠工资八个月共两万三千元，多次讨要未果。',
      )

      // Tapping the voice note plays it to the end (about 2.5 s), then it stops by itself.
      const note = adviser.locator('.chat-kind-voice .chat-voice')
      expect(await note.innerText()).toMatch(/^▶\s*[23]″$/)
      await note.click()
      await adviser.locator('.chat-voice-playing').waitFor()
      const started = Date.now()
      await adviser.locator('.chat-voice-playing').waitFor({ state: 'detached', timeout: 15_000 })
      expect(Date.now() - started).toBeGreaterThan(1500)
      await adviser.screenshot({ path: join(ROOT, 'test-results/e2e-chat-media-adviser.png') })
    } catch (e) {
      await villager.screenshot({ path: join(ROOT, 'test-results/e2e-chat-media-failed-villager.png') })
      await adviser.screenshot({ path: join(ROOT, 'test-results/e2e-chat-media-failed-adviser.png') })
      throw new Error(`${(e as Error).message}\n--- villager ---\n${logs[0]()}\n--- adviser ---\n${logs[1]()}`)
    }

    // What was stored is an MP3 (which WeChat's player plays) of the length shown.
    const consultation = (
      await call<{ items: { id: string }[] }>(h5.stack.bffUrl, 'GET', '/api/v1/consultations', {
        token: p.villagerToken,
      })
    ).body.items[0]
    const page = await call<MessagePage>(h5.stack.bffUrl, 'GET', `/api/v1/consultations/${consultation.id}/messages`, {
      token: p.adviserToken,
    })
    const voice = page.body.items.find((m) => m.body.kind === 'voice')?.body
    if (voice?.kind !== 'voice') throw new Error('no voice note stored')
    const decoded = await adviser.evaluate(async (url) => {
      const res = await fetch(url)
      const bytes = await res.arrayBuffer()
      const audio = await new AudioContext().decodeAudioData(bytes)
      return { type: res.headers.get('content-type'), seconds: audio.duration, size: bytes.byteLength }
    }, `${h5.stack.bffUrl}${voice.url}`)
    expect(decoded.type).toBe('audio/mpeg')
    expect(Math.abs(decoded.seconds - voice.durationMs / 1000)).toBeLessThan(0.3)
    expect(decoded.seconds).toBeGreaterThan(1.5)
    // About 3 KB a second: fit for a weak rural network.
    expect(decoded.size).toBeLessThan(4_000 * decoded.seconds + 2_000)
    expect(csp).toEqual([])
    await p.villagerContext.close()
    await p.adviserContext.close()
  })
})
