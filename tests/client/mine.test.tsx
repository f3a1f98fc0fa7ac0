import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
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
})
