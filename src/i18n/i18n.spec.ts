import { currentLocale, formatDateTime, formatDay, formatLastDay, t } from './index'
import { chineseNumber, formatYuan } from './format'

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

  it('says a deadline that ends at midnight by its last day, on the service clock', () => {
    // 30 December 00:00 in Beijing: the 29th is the last day to answer.
    expect(formatLastDay(Date.parse('2026-12-29T16:00:00Z'))).toBe('12月29日 周二')
  })
})

describe('amounts and article numbers, as the statutes and the calculators write them', () => {
  it('groups yuan by thousands, keeping the fen and the sign', () => {
    expect(formatYuan('-1150.00')).toBe('-1,150.00')
    expect(formatYuan('50.00')).toBe('50.00')
    expect(formatYuan('abc')).toBe('abc')
  })

  it('writes article and clause numbers as the statutes do', () => {
    expect([1, 10, 13, 20, 39, 64, 100, 105, 110, 999].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十三',
      '二十',
      '三十九',
      '六十四',
      '一百',
      '一百零五',
      '一百一十',
      '九百九十九',
    ])
  })
})
