import { currentLocale, t } from './index'

describe('i18n', () => {
  it('serves zh-CN, left to right, and fills placeholders', () => {
    expect(currentLocale()).toMatchObject({ lang: 'zh-CN', dir: 'ltr' })
    expect(t('login.resend', { seconds: 42 })).toBe('42秒后重新获取')
  })
})
