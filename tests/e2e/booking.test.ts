import { join } from 'node:path'
import { groupedNumber } from '@pocket/contract/request-number'
import type { Appointment } from '@pocket/contract'
import { instantAt, monthDayOf } from '@pocket/contract/time'
import type { Page } from 'playwright-core'
import { call, signInByWechat } from '../support/api'
import { book, nthWeekdayAhead } from '../support/booking'
import { ROOT } from '../support/processes'
import { recordPage, rememberSignIn, servedH5, signIn } from './browser'

/** The date chip of a day: "12月1日" over "周二" (and not "12月11日"). */
function dayChip(page: Page, date: string) {
  const { month, day } = monthDayOf(date)
  return page.locator('.book-day', { hasText: new RegExp(`^${month}月${day}日`) })
}

async function pickSlot(page: Page, date: string, slot: string): Promise<void> {
  await dayChip(page, date).click()
  await page.locator('.book-slot', { hasText: slot }).click()
}

describe('H5 in Chromium: book a service, find it, reschedule and cancel it', () => {
  const h5 = servedH5()

  it('a resident books a consultation from its guide, sees the number and QR code, reschedules and cancels', async () => {
    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const log = recordPage(page)
    try {
      await page.goto(`${h5.stack.bffUrl}/`)
      await page.getByText('登录 / 注册').click()
      await signIn(page, h5.stack, '13955560001')

      await page.locator('.home-service', { hasText: '法律咨询（村居法律顾问）' }).click()
      await page.getByText('法律依据').waitFor()
      await page.getByText('可预约未来7天内的时段，至少提前30分钟').waitFor()
      await page.locator('.item-book').click()

      const date = nthWeekdayAhead(2)
      await page.locator('.book-choice', { hasText: '掌政镇公共法律服务工作站' }).click()
      await pickSlot(page, date, '09:00-09:30')
      await page.locator('.book-topic input').fill('宅基地纠纷咨询')
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-booking-form.png'), fullPage: true })
      await page.locator('.book-confirm').click()

      const number = page.locator('.appointment-number')
      await number.waitFor()
      // Shown in fours, as people read it aloud (2026 1207 3000 0017).
      expect(await number.innerText()).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/)
      const detail = await page.locator('.appointment:visible').innerText()
      expect(detail).toContain('已预约')
      expect(detail).toContain('09:00-09:30')
      expect(detail).toContain('掌政镇公共法律服务工作站')
      expect(detail).toContain('139****0001')
      expect(await page.locator('.appointment-qr img').getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
      // Once the page has slid fully in.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.appointment')).some((e) => {
          const r = e.getBoundingClientRect()
          return r.width > 0 && Math.abs(r.left) < 1
        }),
      )
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-booking-detail.png') })
      const booked = await number.innerText()

      // 我的预约 lists it under 待办理.
      await page.goto(`${h5.stack.bffUrl}/#/pages/mine/index`)
      await page.locator('.mine-appointments').click()
      await page.getByText('待办理').waitFor()
      await page.locator('.appointments-row', { hasText: '09:00-09:30' }).click()
      await page.locator('.appointment-number', { hasText: booked }).waitFor()

      // Reschedule to 10:00 the same day.
      await page.locator('.appointment-reschedule').click()
      await pickSlot(page, date, '10:00-10:30')
      await page.locator('.book-confirm').click()
      await page.locator('.appointment-when', { hasText: '10:00-10:30' }).waitFor()
      expect(await page.locator('.appointment:visible').innerText()).toContain('已改约')

      // Cancel, confirming in the dialog, whose buttons say what they do.
      await page.locator('.appointment-cancel').click()
      await page.locator('.taro-modal__foot').getByText('不取消').waitFor()
      await page.locator('.taro-modal__foot').getByText('确认取消').click()
      await page.locator('.appointment-status', { hasText: '已取消' }).waitFor()
      expect(await page.locator('.appointment-cancel:visible').count()).toBe(0)
      // The end state offers the next step: booking the same service again.
      await page.locator('.appointment-again').click()
      await page.locator('.book-confirm').waitFor()
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- page ---\n${log()}`)
    }
  })
})

describe('H5 in Chromium: the booking page sorts offices by distance when the person allows it', () => {
  const h5 = servedH5()

  it('puts the nearest office first, with its distance', async () => {
    // Standing at the gate of the Yongning county center.
    const context = await h5.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      geolocation: { latitude: 38.2776, longitude: 106.253 },
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.goto(`${h5.stack.bffUrl}/#/packages/booking/book/index?item=legal-consult`)
    await page.locator('.book-choice').first().waitFor()
    await page.locator('.book-nearest').click()
    await page.locator('.book-choice').first().getByText('永宁县公共法律服务中心').waitFor()
    expect(await page.locator('.book-choice').first().innerText()).toContain('0米')
    await context.close()
  })
})

describe('H5 in Chromium: staff check a resident in by number and complete the visit; the resident rates it', () => {
  // The servers stand on the next working day at 08:00 Beijing time: the booking is today's.
  const day = nthWeekdayAhead(1)
  const h5 = servedH5({ clockOffsetMs: instantAt(day, '08:00').getTime() - Date.now() })

  it("staff see today's queue, check the booking in by its number and complete it", async () => {
    const resident = await signInByWechat(h5.stack.bffUrl, h5.stack.wechat, 'openid-e2e-desk')
    const booked = await book(h5.stack.bffUrl, resident.accessToken, {
      institutionId: 'inst-yn-center',
      date: day,
      start: '09:00',
      topic: '劳动报酬纠纷咨询',
    })
    expect(booked.status).toBe(201)

    const page = await h5.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const log = recordPage(page)
    try {
      await page.goto(`${h5.stack.bffUrl}/#/pages/login/index`)
      await signIn(page, h5.stack, '13700000001')
      const row = page.locator('.desk-row', { hasText: groupedNumber(booked.body.number) })
      await row.getByText('已预约').waitFor()
      await page.locator('.desk-number input').fill(booked.body.number)
      await page.locator('.desk-check-in').click()
      await row.getByText('已签到').waitFor()
      await row.locator('.desk-complete').click()
      await row.getByText('已办结').waitFor()
      await page.screenshot({ path: join(ROOT, 'test-results/e2e-staff-desk.png') })
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- page ---\n${log()}`)
    }

    // The resident, on their own phone, opens the booking and rates the visit.
    const phone = await h5.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await rememberSignIn(phone, resident)
    const mine = await phone.newPage()
    await mine.goto(`${h5.stack.bffUrl}/#/packages/booking/detail/index?number=${booked.body.number}`)
    await mine.locator('.appointment-status', { hasText: '已办结' }).waitFor()
    await mine.locator('.rating-star').nth(3).click()
    await mine.locator('.rating-tag', { hasText: '解答清楚' }).click()
    await mine.locator('.rating-comment textarea').fill('工作人员很耐心')
    await mine.locator('.rating-submit').click()
    await mine.locator('.rating').getByText('工作人员很耐心').waitFor()
    expect(await mine.locator('.rating-submit').count()).toBe(0)
    await phone.close()

    const seen = await call<Appointment>(h5.stack.bffUrl, 'GET', `/api/v1/appointments/${booked.body.number}`, {
      token: resident.accessToken,
    })
    expect(seen.body.timeline.map((s) => s.status)).toEqual(['booked', 'checked_in', 'completed'])
    expect(seen.body.rating).toEqual({ score: 4, tags: ['clear'], comment: '工作人员很耐心' })
  })
})
