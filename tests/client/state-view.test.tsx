import { render, screen } from '@testing-library/react'
import StateView from '@/components/StateView'
import { ApiError } from '@/services/api-error'
import { resetStores } from './harness'

describe('what a failed screen offers next (H5 renderer)', () => {
  beforeEach(() => resetStores())

  it('offers to sign in when the sign-in is over, not to try again', () => {
    render(<StateView error={new ApiError('UNAUTHENTICATED', '请先登录', 401)} onRetry={() => undefined} />)
    expect(screen.getByRole('alert').textContent).toContain('请先登录')
    expect(screen.getByText('去登录')).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
  })

  it('offers to try again when the network failed', () => {
    render(<StateView error={new ApiError('NETWORK', '网络不太好，请稍后再试')} onRetry={() => undefined} />)
    expect(screen.getByText('重试')).toBeTruthy()
    expect(screen.queryByText('去登录')).toBeNull()
  })
})
