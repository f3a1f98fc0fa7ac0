import { join } from 'node:path'
import type { Complaint } from '@pocket/contract'
import { call } from '../support/api'
import { ROOT } from '../support/processes'
import { cspViolations, recordPage, servedH5, signIn } from './browser'

const RESIDENT = '13955560031'
const TEXT = '上周五去窗口咨询，工作人员一直玩手机，问了三遍都不理人。'
const ANSWER = '经调查核实，已对该工作人员批评教育并调离窗口岗位，欢迎您再来办理。'

describe('H5 in Chromium: complain about an office with a photo; its staff answer; the complainant rates it', () => {
  const h5 = servedH5()

  it('files from the office’s page, follows the deadline, reads the answer and rates it once', async () => {
    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const log = recordPage(page)
    const csp = cspViolations(page)
    let number = ''
    try {
      await page.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
      await signIn(page, h5.stack, RESIDENT)
      const photo = await page.screenshot({ type: 'jpeg', quality: 80 })
      // From 首页 to the office, as a person finds it: 找机构, its kind, the office.
      await page.locator('.home-institutions').click()
      await page.locator('.institutions-kind-pls_center').click()
      await page.locator('.institutions-row', { hasText: '永宁县公共法律服务中心' }).click()
      await page.locator('.institution-complain').click()

      await page.locator('.complain-subject-name', { hasText: '永宁县公共法律服务中心' }).waitFor()
      // Submitting with nothing chosen says what is missing and sends nothing.
      await page.locator('.complain-submit').click()
      await page.getByText('请选择投诉事由').waitFor()
      await page.locator('.complain-category-attitude').click()
      await page.locator('.complain-text textarea').fill(TEXT)
      const chooser = page.waitForEvent('filechooser')
      await page.locator('.attachment-add').click()
      await (await chooser).setFiles({ name: '窗口.jpg', mimeType: 'image/jpeg', buffer: photo })
      await page.locator('.attachment .attachment-image').waitFor()
      await page.waitForFunction(
        () => document.querySelectorAll('.attachment-progress, .attachment-failed').length === 0,
      )
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-complaint-form.png'), fullPage: true })
      await page.locator('.complain-submit').click()

      const shown = page.locator('.complaint-number')
      await shown.waitFor()
      number = (await shown.innerText()).replace(/\s/g, '')
      expect(number).toMatch(/^\d{8}3\d{7}$/)
      const detail = page.locator('.complaint:visible')
      await detail.locator('.complaint-status', { hasText: '已提交' }).waitFor()
      // The deadline the data center set, in Beijing time, and who owes the answer.
      expect(await detail.locator('.complaint-deadline').innerText()).toMatch(
        /等待永宁县公共法律服务中心答复\n答复期限：\d{1,2}月\d{1,2}日 周[一二三四五六日]/,
      )
      expect(await detail.locator('.rating').count()).toBe(0)
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('.complaint .photo-grid-item img')
        return !!img && img.complete && img.naturalWidth > 0
      })
    } catch (e) {
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-complaint-failed.png'), fullPage: true })
      throw new Error(`${(e as Error).message}\n--- page ---\n${log()}`)
    }
    expect(csp).toEqual([])

    // 赵丽 at the office answers it on her phone; she sees what was said, but no phone (none offered).
    const desk = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const deskLog = recordPage(desk)
    try {
      await desk.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
      await signIn(desk, h5.stack, '13700000001')
      const row = desk.locator(`.complaint-desk-${number}`)
      await row.getByText(TEXT).waitFor()
      expect(await row.innerText()).toContain('投诉人未留电话，请在此答复')
      expect(await row.innerText()).not.toContain(RESIDENT)
      await row.locator('.complaint-desk-answer').click()
      await row.getByText('请用至少10个字写明答复').waitFor()
      await row.locator('.complaint-desk-text textarea').fill(ANSWER)
      await row.locator('.complaint-desk-answer').click()
      await row.locator('.desk-status', { hasText: '已答复' }).waitFor()
      await desk.screenshot({ path: join(ROOT, 'test-results/e2e-complaint-desk.png'), fullPage: true })
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- page ---\n${deskLog()}`)
    }

    // Back on the resident's phone: the answer, and the choice to rate it or ask for review.
    await page.reload()
    const detail = page.locator('.complaint:visible')
    await detail.locator('.complaint-status', { hasText: '已答复' }).waitFor()
    expect(await detail.locator('.complaint-answer').innerText()).toContain(ANSWER)
    expect(await detail.locator('.complaint-deadline').count()).toBe(0)
    await detail.locator('.complaint-review-button').waitFor()
    await detail.locator('.rating-star').nth(3).click()
    await detail.locator('.rating-tag', { hasText: '效率高' }).click()
    await detail.locator('.rating-submit').click()
    // Rated (the form gives way to the rating), the answer is final: no review is offered any more.
    await detail.locator('.rating-submit').waitFor({ state: 'detached' })
    expect(await detail.locator('.rating .rating-star-on').count()).toBe(4)
    expect(await detail.locator('.complaint-review-button').count()).toBe(0)
    expect(await detail.locator('.timeline-status').allInnerTexts()).toEqual(['已提交', '已答复'])
    await page.screenshot({ path: join(ROOT, 'test-results/e2e-complaint-answered.png'), fullPage: true })

    const token = await page.evaluate(
      () =>
        (
          JSON.parse(JSON.parse(localStorage.getItem('pocket12348.session') ?? '{}').data ?? '{}') as {
            state?: { accessToken?: string }
          }
        ).state?.accessToken,
    )
    const kept = await call<Complaint>(h5.stack.bffUrl, 'GET', `/api/v1/complaints/${number}`, { token })
    expect([kept.body.rating?.score, kept.body.rating?.tags, kept.body.photos[0]?.mime]).toEqual([
      4,
      ['quick'],
      'image/jpeg',
    ])
  })
})
