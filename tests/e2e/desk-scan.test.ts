import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { groupedNumber } from '@pocket/contract/request-number'
import { instantAt } from '@pocket/contract/time'
import { signInBySms, signInByWechat } from '../support/api'
import { book, nthWeekdayAhead } from '../support/booking'
import { writeQrVideo } from '../support/qr-video'
import { launchChromium, recordPage, rememberSignIn, servedH5 } from './browser'

// The booking says "到场后请出示此二维码签到"; the clerk at an H5 desk scans it with the camera
// instead of typing 16 digits. The camera here is Chromium's fake one, playing a video of the code.

describe('H5 in Chromium: the clerk checks a booking in by scanning its QR code with the camera', () => {
  // The servers stand on the next working day at 08:00 Beijing time: the booking is today's.
  const day = nthWeekdayAhead(1)
  const h5 = servedH5({ clockOffsetMs: instantAt(day, '08:00').getTime() - Date.now() })
  const dir = mkdtempSync(join(tmpdir(), 'pocket-scan-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('opens the camera, reads the code and checks the booking in', async () => {
    const resident = await signInByWechat(h5.stack.bffUrl, h5.stack.wechat, 'openid-e2e-scan')
    const booked = await book(h5.stack.bffUrl, resident.accessToken, {
      institutionId: 'inst-yn-center',
      date: day,
      start: '09:30',
      topic: '继承公证咨询',
    })
    expect(booked.status).toBe(201)
    const video = join(dir, 'booking-qr.y4m')
    writeQrVideo(booked.body.number, video)
    const staff = await signInBySms(h5.stack.bffUrl, h5.stack.sms, '13700000001')

    const browser = await launchChromium([`--use-file-for-fake-video-capture=${video}`])
    try {
      const desk = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      await rememberSignIn(desk, staff)
      const page = await desk.newPage()
      const log = recordPage(page)
      try {
        await page.goto(`${h5.stack.bffUrl}/#/packages/workbench/index/index`)
        const row = page.locator('.desk-row', { hasText: groupedNumber(booked.body.number) })
        await row.getByText('已预约').waitFor()
        await page.locator('.desk-scan').click()
        await row.getByText('已签到').waitFor()
        // The camera is closed and its view gone once the code is read.
        await page.locator('.scanner').waitFor({ state: 'detached' })
      } catch (e) {
        throw new Error(`${(e as Error).message}\n--- page ---\n${log()}`)
      }
    } finally {
      await browser.close()
    }
  })
})
