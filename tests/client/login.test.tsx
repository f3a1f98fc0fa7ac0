import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Login from '@/pages/login/index'
import { socket } from '@/services/socket'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores, typeInto } from './harness'

const me = {
  id: 'a1',
  role: 'resident',
  displayName: '居民0001',
  phoneMasked: '139****0001',
  village: null,
  person: null,
}
const session = { accessToken: 'at', refreshToken: 'rt', expiresIn: 900, role: 'resident', me }

describe('登录 page (H5 renderer)', () => {
  beforeEach(() => resetStores())
  afterEach(() => {
    socket.stop()
    jest.restoreAllMocks()
  })

  it('says what is wrong with the phone number and sends nothing', async () => {
    const net = fakeNetwork(() => ({ status: 500 }))
    const { container } = render(<Login />)
    typeInto(container.querySelector('.login-phone')!, '1391234')
    fireEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('请输入正确的11位手机号码')).toBeTruthy()
    expect(net.calls).toHaveLength(0)
  })

  it('sends a code, counts down, signs in and opens 首页 for a resident', async () => {
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue(undefined as never)
    const net = fakeNetwork((url) => {
      if (path(url) === '/auth/sms/send') return { status: 200, body: { resendAfter: 60, expiresIn: 300 } }
      if (path(url) === '/auth/sms/verify') return { status: 200, body: session }
      return { status: 404, body: { code: 'NOT_FOUND', message: 'x' } }
    })
    const { container } = render(<Login />)
    typeInto(container.querySelector('.login-phone')!, '13900000001')
    fireEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('60秒后重新获取')).toBeTruthy()
    typeInto(container.querySelector('.login-code')!, '123456')
    fireEvent.click(screen.getByText('登录'))
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }))
    expect(net.calls.map((c) => [path(c.url), c.body]).slice(0, 2)).toEqual([
      ['/auth/sms/send', { phone: '13900000001' }],
      ['/auth/sms/verify', { phone: '13900000001', code: '123456' }],
    ])
    // Signing in opens the realtime socket, which in a browser first asks for a ticket.
    await waitFor(() => expect(net.calls.map((c) => path(c.url))).toContain('/auth/ws-ticket'))
    expect(useSession.getState().me?.displayName).toBe('居民0001')
  })

  it('shows the server’s message for a wrong code and stays signed out', async () => {
    fakeNetwork((url) =>
      path(url) === '/auth/sms/verify'
        ? { status: 400, body: { code: 'SMS_CODE_INVALID', message: '验证码不正确，还可以再试4次' } }
        : { status: 200, body: { resendAfter: 60, expiresIn: 300 } },
    )
    const { container } = render(<Login />)
    typeInto(container.querySelector('.login-phone')!, '13900000001')
    typeInto(container.querySelector('.login-code')!, '000000')
    fireEvent.click(screen.getByText('登录'))
    expect(await screen.findByText('验证码不正确，还可以再试4次')).toBeTruthy()
    expect(useSession.getState().accessToken).toBeNull()
  })

  it('tells the user when the network is down', async () => {
    fakeNetwork(() => new Error('net::ERR_INTERNET_DISCONNECTED'))
    const { container } = render(<Login />)
    typeInto(container.querySelector('.login-phone')!, '13900000001')
    fireEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy()
  })
})
