import { join } from 'node:path'
import type { LegalAidApplication } from '@pocket/contract'
import { call } from '../support/api'
import { MISTYPED_ID, VALID_ID } from '../support/legal-aid'
import { ROOT } from '../support/processes'
import { cspViolations, recordPage, servedH5, signIn } from './browser'

const RESIDENT = '13955560002'

describe('H5 in Chromium: apply for legal aid with a photo; staff move it to 已办结', () => {
  const h5 = servedH5()

  it('a resident applies from the guide, with a photo compressed on the phone, and follows each step', async () => {
    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const log = recordPage(page)
    const csp = cspViolations(page)
    let number = ''
    try {
      await page.goto(`${h5.stack.bffUrl}/`)
      await page.getByText('登录 / 注册').click()
      await signIn(page, h5.stack, RESIDENT)
      // A real camera-sized JPEG: this page, captured at full quality.
      const photo = await page.screenshot({ type: 'jpeg', quality: 100, fullPage: true })

      await page.locator('.home-service', { hasText: '法律援助申请' }).click()
      await page.getByText('办理条件').waitFor()
      await page.locator('.item-apply').click()

      await page.locator('.aid-choice', { hasText: '永宁县公共法律服务中心' }).click()
      await page.locator('.aid-name input').fill('马建国')
      await page.locator('.aid-id input').fill(MISTYPED_ID)
      await page.locator('.aid-id-error', { hasText: '身份证号码不正确，请核对' }).waitFor()
      await page.locator('.aid-id input').fill(VALID_ID)
      expect(await page.locator('.aid-id-error').count()).toBe(0)
      await page.locator('.aid-phone input').fill('13955560002')
      await page.locator('.aid-case-wages').click()
      await page.locator('.aid-summary textarea').fill('在工地干了八个月，老板拖欠工资两万三千元，多次讨要未果。')
      await page.locator('.aid-hardship-migrant_wages').click()

      // Submitting before the declaration is ticked says what is missing and sends nothing.
      await page.locator('.aid-submit').click()
      await page.getByText('请确认经济困难声明属实').waitFor()
      await page.locator('.aid-declare').click()

      const chooser = page.waitForEvent('filechooser')
      await page.locator('.attachment-add').click()
      await (await chooser).setFiles({ name: '欠条.jpg', mimeType: 'image/jpeg', buffer: photo })
      await page.locator('.attachment .attachment-image').waitFor()
      await page.waitForFunction(
        () => document.querySelectorAll('.attachment-progress, .attachment-failed').length === 0,
      )
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-legal-aid-form.png'), fullPage: true })
      await page.locator('.aid-submit').click()

      const shown = page.locator('.application-number')
      await shown.waitFor()
      number = (await shown.innerText()).replace(/\s/g, '')
      expect(number).toMatch(/^\d{8}3\d{7}$/)
      const detail = await page.locator('.application:visible').innerText()
      expect(detail).toContain('已提交')
      expect(detail).toContain('640***********1230')
      expect(detail).not.toContain(VALID_ID)
      // The photo comes back through its link and draws.
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('.application-attachments .photo-grid-item img')
        return !!img && img.complete && img.naturalWidth > 0
      })
      // Once the page has slid fully in.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.application')).some((e) => Math.abs(e.getBoundingClientRect().left) < 1),
      )
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-legal-aid-detail.png') })
    } catch (e) {
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-legal-aid-failed.png'), fullPage: true })
      throw new Error(`${(e as Error).message}\n--- page ---\n${log()}`)
    }
    expect(csp).toEqual([])

    // What reached the server, asked with the page's own sign-in.
    const token = await page.evaluate(
      () =>
        (
          JSON.parse(JSON.parse(localStorage.getItem('pocket12348.session') ?? '{}').data ?? '{}') as {
            state?: { accessToken?: string }
          }
        ).state?.accessToken,
    )
    const sent = await call<LegalAidApplication>(h5.stack.bffUrl, 'GET', `/api/v1/legal-aid/applications/${number}`, {
      token,
    })
    const [attachment] = sent.body.attachments
    expect(attachment.mime).toBe('image/jpeg')
    expect(attachment.size).toBeLessThan((await page.screenshot({ type: 'jpeg', quality: 100, fullPage: true })).length)

    // 赵丽 at the office moves it along on her phone.
    const desk = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const deskLog = recordPage(desk)
    try {
      await desk.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
      await signIn(desk, h5.stack, '13700000001')
      const row = desk.locator(`.aid-desk-${number}`)
      await row.getByText('已提交').waitFor()
      await row.locator('.desk-row-head').click()
      await row.locator('.photo-grid-item img').waitFor()
      await row.locator('.aid-desk-review').click()
      await row.getByText('初审中').waitFor()
      await row.locator('.aid-desk-accept').click()
      await row.locator('.desk-status', { hasText: '已受理' }).waitFor()
      await row.locator('.aid-desk-assign').click()
      await row.getByText('请填写承办人').waitFor()
      await row.locator('.aid-desk-text input').fill('宁夏贺兰律师事务所 王律师')
      await row.locator('.aid-desk-assign').click()
      await row.locator('.desk-status', { hasText: '已指派' }).waitFor()
      await row.locator('.aid-desk-close').click()
      await row.locator('.desk-status', { hasText: '已办结' }).waitFor()
      await desk.screenshot({ path: join(ROOT, 'test-results/e2e-legal-aid-desk.png'), fullPage: true })
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- page ---\n${deskLog()}`)
    }

    // Back on the resident's phone, every step is there.
    await page.reload()
    await page.locator('.application-status', { hasText: '已办结' }).waitFor()
    const steps = await page.locator('.application:visible .timeline-status').allInnerTexts()
    expect(steps).toEqual(['已提交', '初审中', '已受理', '已指派', '已办结'])
    expect(await page.locator('.application-assignee').innerText()).toBe('宁夏贺兰律师事务所 王律师')
  })
})
