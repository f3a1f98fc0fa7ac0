import { currentLocale, formatDateTime, t } from './index'

describe('i18n', () => {
  it('serves zh-CN, left to right, and fills placeholders', () => {
    expect(currentLocale()).toMatchObject({ lang: 'zh-CN', dir: 'ltr' })
    expect(t('login.resend', { seconds: 42 })).toBe('42秒后重新获取')
  })
})

describe('formatDateTime', () => {
  it('says 今天 for today and the month and day otherwise', () => {
    const now = new Date(2026, 10, 22, 18, 0).getTime()
    expect(formatDateTime(new Date(2026, 10, 22, 8, 5).getTime(), now)).toBe('今天 08:05')
    expect(formatDateTime(new Date(2026, 10, 20, 21, 30).getTime(), now)).toBe('11月20日 21:30')
  })
})
