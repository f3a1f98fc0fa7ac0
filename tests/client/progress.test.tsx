import { fireEvent, render, screen } from '@testing-library/react'
import { formatRequestNumber } from '@pocket/contract/request-number'
import Progress from '@/packages/requests/progress'
import { fakeNetwork, resetStores, typeInto } from './harness'

// Opened from 首页, with no number in its route.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<{ default: unknown }>('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: {} }) }
})

const type = (selector: string, value: string) => typeInto(document.querySelector(selector) as Element, value)

describe('进度查询 by number (H5 renderer)', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('says 编号有误 for a mistyped digit, before asking the server', async () => {
    const { calls } = fakeNetwork(() => ({ status: 404, body: { code: 'NOT_FOUND', message: '未找到该编号的办件' } }))
    const number = formatRequestNumber('2026-12-06', 'web', 17)
    const typo = number.slice(0, 10) + String((Number(number[10]) + 1) % 10) + number.slice(11)
    render(<Progress />)
    type('.progress-number', typo)
    type('.progress-last4', '2001')
    fireEvent.click(screen.getByText('查询'))
    expect((await screen.findByRole('alert')).textContent).toBe('编号有误，请核对16位统一编号后重新输入')
    expect(calls).toHaveLength(0)
  })
})
