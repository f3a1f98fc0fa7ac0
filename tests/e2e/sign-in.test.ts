import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { requireBuild } from '../support/builds'
import { ROOT } from '../support/processes'
import { startStack, type Stack } from '../support/stack'
import { launchChromium, recordPage, waitForText } from './browser'

async function signIn(page: Page, stack: Stack, phone: string): Promise<void> {
  await page.locator('.login-phone input').fill(phone)
  await page.getByText('获取验证码').click()
  await page.getByText('验证码已发送').waitFor()
  await page.locator('.login-code input').fill(stack.sms.lastCode(phone))
  await page.locator('.login-submit').click()
}

describe('H5 in Chromium: sign in, pick a village, see the adviser; adviser sees the workbench', () => {
  let stack: Stack
  let browser: Browser
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', extraBffEnv: { H5_DIR: requireBuild('h5') } })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it('a resident signs in by SMS, picks their village and sees their adviser', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await page.goto(`${stack.bffUrl}/`)
    await page.getByText('登录 / 注册').click()
    await signIn(page, stack, '13955550001')
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
    await page.screenshot({ path: join(ROOT, 'test-results/e2e-resident-home.png') })
  })

  it('an adviser signs in and lands on the workbench with their villages and a live socket', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const log = recordPage(page)
    await page.goto(`${stack.bffUrl}/#/pages/login/index`)
    await signIn(page, stack, '13800000001')
    await page.getByText('我负责的村（社区）').waitFor()
    const text = await page.locator('.workbench').innerText()
    expect(text).toContain('马晓梅')
    expect(text).toContain('永宁县 / 闽宁镇 / 福宁村')
    expect(text).toContain('暂无待处理的咨询')
    await waitForText(page, '实时连接正常', log, () => stack.bffs[0].output())
    await page.screenshot({ path: join(ROOT, 'test-results/e2e-adviser-workbench.png') })
  })
})
