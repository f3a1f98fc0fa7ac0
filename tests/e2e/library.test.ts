import type { AuthSession, MessagePage } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE, VILLAGE } from '../support/consult'
import { cspViolations, recordPage, rememberSignIn, servedH5 } from './browser'

describe('H5 in Chromium: a villager looks the law up, asks, and takes the question to the adviser', () => {
  const h5 = servedH5()

  it('search → article → 智能咨询 → 问我的法律顾问, the question arriving in the chat', async () => {
    const { stack, browser } = h5
    const session = await signInBySms(stack.bffUrl, stack.sms, '13977771001')
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
    await rememberSignIn(context, { ...session, me: me.body })
    const page = await context.newPage()
    const log = recordPage(page)
    const csp = cspViolations(page)
    try {
      // 首页 → 法律法规查询; the villager searches in their own words.
      await page.goto(`${stack.bffUrl}/`)
      await page.locator('.home-laws').click()
      await page.locator('.lib-category').first().waitFor()
      await page.locator('.library-search input').fill('被狗咬了谁负责')
      const first = page.locator('.lib-result').first()
      await first.getByText('《民法典》第一千二百四十').waitFor()
      // The words searched for are marked in the excerpt.
      expect(await first.locator('.lib-hit').count()).toBeGreaterThan(0)

      // The article page: the citation, the text as the law gives it, and its neighbours.
      await first.click()
      await page.locator('.article-paragraph').first().waitFor()
      const citation = await page.locator('.article-citation').innerText()
      expect(citation).toMatch(/^《民法典》第一千二百四十[五六七]条/)
      expect(await page.locator('.article-paragraph').first().innerText()).toContain('动物')
      await page.locator('.article-next').waitFor()

      // Older versions of a law are left out until asked for.
      await page.goBack()
      await page.locator('.library-search input').fill('起诉状应当记明')
      await page.locator('.lib-result').first().waitFor()
      expect(await page.locator('.lib-result .lib-old').count()).toBe(0)
      await page.locator('.library-with-old').click()
      await page.locator('.lib-result .lib-old').first().waitFor()

      // 智能咨询 from 首页: the answer comes from a common question and the articles it rests on.
      await page.goto(`${stack.bffUrl}/`)
      await page.locator('.home-ask').click()
      await page.locator('.ask-question textarea').fill('被邻居家的狗咬了，谁来赔？')
      await page.locator('.ask-submit').click()
      await page.locator('.ask-common').getByText('饲养的动物造成他人损害').waitFor()
      await page.locator('.ask-article', { hasText: '《民法典》第一千二百四十五条' }).waitFor()
      expect(await page.locator('.ask-disclaimer').innerText()).toContain('不是针对您个人情况的法律意见')

      // One tap takes the question to the village adviser: it waits in the composer, and goes when sent.
      await page.locator('.ask-adviser').click()
      await page.getByText('有法律问题可以直接问马晓梅').waitFor()
      const composer = page.locator('.chat-input textarea')
      expect(await composer.inputValue()).toBe('您好，我想咨询：被邻居家的狗咬了，谁来赔？')
      await page.locator('.chat-send').click()
      await page.locator('.chat-message', { hasText: '被邻居家的狗咬了' }).getByText('已送达').waitFor()
      // Stored in the conversation with the adviser, as the adviser reads it.
      const adviser = await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)
      const mine = await call<{ items: { id: string }[] }>(stack.bffUrl, 'GET', '/api/v1/consultations', {
        token: session.accessToken,
      })
      const history = await call<MessagePage>(
        stack.bffUrl,
        'GET',
        `/api/v1/consultations/${mine.body.items[0].id}/messages?afterSeq=0`,
        { token: adviser.accessToken },
      )
      expect(history.body.items.map((m) => (m.body.kind === 'text' ? m.body.text : m.body.kind))).toContain(
        '您好，我想咨询：被邻居家的狗咬了，谁来赔？',
      )
      expect(csp).toEqual([])
    } catch (err) {
      process.stdout.write(log())
      throw err
    } finally {
      await context.close()
    }
  })
})
