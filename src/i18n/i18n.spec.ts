import { currentLocale, formatDateTime, formatDay, t } from './index'

describe('i18n', () => {
  it('serves zh-CN, left to right, and fills placeholders', () => {
    expect(currentLocale()).toMatchObject({ lang: 'zh-CN', dir: 'ltr' })
    expect(t('login.resend', { seconds: 42 })).toBe('42秒后重新获取')
  })
})

// The test runner sets TZ=UTC (scripts/test.mjs): what follows holds whatever the phone's zone.
describe('formatDateTime', () => {
  it('says 今天 for today and the month and day otherwise, on Beijing time', () => {
    const now = Date.parse('2026-11-22T10:00:00Z') // 18:00 in Beijing
    expect(formatDateTime(Date.parse('2026-11-22T00:05:00Z'), now)).toBe('今天 08:05')
    expect(formatDateTime(Date.parse('2026-11-20T13:30:00Z'), now)).toBe('11月20日 21:30')
  })

  it('puts a late-evening UTC moment on the next Beijing day', () => {
    const now = Date.parse('2026-11-22T17:00:00Z') // 01:00 on the 23rd in Beijing
    expect(formatDateTime(Date.parse('2026-11-22T16:30:00Z'), now)).toBe('今天 00:30')
    expect(formatDateTime(Date.parse('2026-11-22T15:30:00Z'), now)).toBe('11月22日 23:30')
  })
})

describe('formatDay', () => {
  it('names the weekday of a service day', () => {
    expect(formatDay('2026-11-28')).toBe('11月28日 周六')
    expect(formatDay('2026-11-30')).toBe('11月30日 周一')
  })
})
