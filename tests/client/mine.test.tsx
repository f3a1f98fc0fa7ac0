import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import { registerLocale, setLocale } from '@/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { zhCNNotices } from '@/i18n/zh-CN.notices'
import Mine from '@/pages/mine/index'
import { useSession } from '@/stores/session'
import { resetStores } from './harness'

describe('我的 (H5 renderer)', () => {
  beforeEach(() => resetStores())

  it('switches the whole page to elder mode (larger type through theme variables) and remembers it', () => {
    useSession.setState({
      accessToken: 'at',
      refreshToken: 'rt',
      me: {
        id: 'a',
        role: 'resident',
        displayName: '居民0001',
        phoneMasked: '139****0001',
        village: null,
        person: null,
        discreetNotices: false,
      },
    })
    const { container } = render(<Mine />)
    expect(screen.getByText('居民0001')).toBeTruthy()
    const root = container.querySelector('.page')!
    expect(root.classList.contains('elder')).toBe(false)
    act(() => {
      container
        .querySelector('taro-switch-core')!
        .dispatchEvent(new CustomEvent('change', { detail: { value: true }, bubbles: true }))
    })
    expect(root.classList.contains('elder')).toBe(true)
    const saved = JSON.parse(Taro.getStorageSync<string>('pocket12348.ui')) as { state: { elderChoice: boolean } }
    expect(saved.state.elderChoice).toBe(true)
  })

  it('carries the locale’s language and direction on the page root', () => {
    const { container } = render(<Mine />)
    const root = container.querySelector('.page')!
    expect(root.getAttribute('lang')).toBe('zh-CN')
    expect(root.getAttribute('dir')).toBe('ltr')
  })

  it('re-renders in another language, right to left, as soon as the language is switched', () => {
    // A stand-in for a right-to-left locale such as Uyghur: every message marked, so a stale one shows.
    const marked = Object.fromEntries(Object.entries(zhCN).map(([k, v]) => [k, `«${v}»`])) as Record<
      keyof typeof zhCN,
      string
    >
    registerLocale({ lang: 'x-rtl', dir: 'rtl', messages: marked, notices: zhCNNotices })
    const { container } = render(<Mine />)
    expect(screen.getByText(zhCN['mine.elder'])).toBeTruthy()
    act(() => setLocale('x-rtl'))
    const root = container.querySelector('.page')!
    expect(root.getAttribute('dir')).toBe('rtl')
    expect(root.getAttribute('lang')).toBe('x-rtl')
    expect(root.classList.contains('rtl')).toBe(true)
    expect(screen.getByText(`«${zhCN['mine.elder']}»`)).toBeTruthy()
    expect(screen.queryByText(zhCN['mine.elder'])).toBeNull()
  })
})
