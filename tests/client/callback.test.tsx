import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '@pocket/contract'
import RequestCallback from '@/packages/hotline/callback'
import CallbackDesk from '@/packages/workbench/index/CallbackDesk'
import Home from '@/pages/index/index'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores, typeInto } from './harness'

const type = (selector: string, value: string) => typeInto(document.querySelector(selector) as Element, value)

describe('12348 hotline on 首页 and 请求回拨 (H5 renderer)', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('dials 12348 from 首页 with one tap', async () => {
    fakeNetwork((url) => (path(url) === '/catalog/items' ? { status: 200, body: { items: [] } } : { status: 404 }))
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<Home />)
    fireEvent.click(await screen.findByText('拨打12348'))
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '12348' })
    expect(screen.getByText('请求回拨')).toBeTruthy()
  })

  const me = (over: Partial<Me> = {}): Me => ({
    id: 'acc-1',
    role: 'resident',
    displayName: '居民',
    phoneMasked: '139****2001',
    village: { code: '640121104201', name: '原隆村', path: ['宁夏回族自治区', '银川市', '永宁县', '闽宁镇', '原隆村'] },
    person: null,
    discreetNotices: false,
    ...over,
  })
  const created = (body: unknown) => ({
    status: 201,
    body: {
      number: '2026120210000017',
      phone: '13966662001',
      ...(body as object),
      state: 'waiting',
      note: null,
      desk: { id: 'inst-yn-center', name: '永宁县公共法律服务中心' },
      taker: null,
      createdAt: '2026-12-02T02:00:00.000Z',
      closedAt: null,
    },
  })

  it('asks for a callback to the signed-in phone, says why when the input is wrong, and shows the unified number', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: me() })
    const { calls } = fakeNetwork((url, method, body) =>
      path(url) === '/callbacks' && method === 'POST' ? created(body) : { status: 404 },
    )
    render(<RequestCallback />)
    expect(screen.getByText('139****2001')).toBeTruthy()
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect((await screen.findByRole('alert')).textContent).toBe('请简要说明想咨询的问题')
    expect(calls).toHaveLength(0)

    fireEvent.click(screen.getByText('下午'))
    type('.callback-topic', '工资被拖欠三个月')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect(await screen.findByText('已收到您的回拨请求')).toBeTruthy()
    expect(screen.getByText('2026 1202 1000 0017')).toBeTruthy()
    expect(screen.getByText(/热线工作人员会在下午给您回电/)).toBeTruthy()
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0].body).toEqual({ window: 'afternoon', topic: '工资被拖欠三个月' })
  })

  it('confirms another number by the SMS code sent to it', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: me() })
    const { calls } = fakeNetwork((url, method, body) => {
      if (path(url) === '/auth/sms/send') return { status: 200, body: { expiresIn: 300, resendAfter: 60 } }
      return path(url) === '/callbacks' && method === 'POST' ? created(body) : { status: 404 }
    })
    render(<RequestCallback />)
    fireEvent.click(screen.getByText('换一个号码'))
    type('.callback-phone', '1396666')
    fireEvent.click(screen.getByText('获取验证码'))
    expect((await screen.findByRole('alert')).textContent).toBe('请输入正确的11位手机号码')
    type('.callback-phone', '13966662099')
    fireEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('60秒后重新获取')).toBeTruthy()
    type('.callback-topic', '替父亲咨询赡养问题')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect((await screen.findByRole('alert')).textContent).toBe('请先获取并填写发到该号码的6位验证码')
    type('.callback-code', '123456')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect(await screen.findByText('已收到您的回拨请求')).toBeTruthy()
    expect(calls.map((c) => [path(c.url), c.body])).toEqual([
      ['/auth/sms/send', { phone: '13966662099' }],
      ['/callbacks', { phone: '13966662099', code: '123456', window: 'any', topic: '替父亲咨询赡养问题' }],
    ])
  })

  it('asks a resident with no village to pick it first', () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: me({ village: null }) })
    fakeNetwork(() => ({ status: 404 }))
    render(<RequestCallback />)
    expect(screen.getByText('请先选择您所在的村（社区）')).toBeTruthy()
    expect(screen.queryByText('提交回拨请求')).toBeNull()
  })

  it('shows the server’s reason when it refuses', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: me() })
    fakeNetwork(() => ({
      status: 429,
      body: { code: 'RATE_LIMITED', message: '今天的回拨请求已达上限，如有急事请直接拨打12348' },
    }))
    render(<RequestCallback />)
    type('.callback-topic', '邻里纠纷')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect((await screen.findByRole('alert')).textContent).toBe('今天的回拨请求已达上限，如有急事请直接拨打12348')
  })

  it("lists the desk's waiting callbacks masked; taking one shows the phone, dials with one tap and closes it", async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    const task = {
      number: '2026120210000017',
      phone: '139****2001',
      window: 'afternoon',
      topic: '工资被拖欠三个月',
      state: 'waiting',
      note: null,
      desk: { id: 'inst-yn-center', name: '永宁县公共法律服务中心' },
      taker: null as null | { name: string; me: boolean },
      createdAt: '2026-12-02T02:00:00.000Z',
      closedAt: null,
    }
    let waiting = [task]
    const { calls } = fakeNetwork((url, method, body) => {
      if (path(url).startsWith('/workbench/callbacks?')) return { status: 200, body: { items: waiting } }
      if (path(url) === `/workbench/callbacks/${task.number}/take` && method === 'POST') {
        waiting = [{ ...task, phone: '13966662001', taker: { name: '赵丽', me: true } }]
        return { status: 200, body: waiting[0] }
      }
      if (path(url) === `/workbench/callbacks/${task.number}/close` && method === 'POST') {
        waiting = []
        return {
          status: 200,
          body: { ...task, state: (body as { outcome: string }).outcome, closedAt: task.createdAt },
        }
      }
      return { status: 404 }
    })
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<CallbackDesk />)
    expect(await screen.findByText('139****2001 · 下午')).toBeTruthy()
    expect(screen.queryByText('拨打')).toBeNull()
    fireEvent.click(screen.getByText('接手'))
    expect(await screen.findByText('13966662001 · 下午')).toBeTruthy()
    fireEvent.click(screen.getByText('拨打'))
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '13966662001' })
    fireEvent.click(screen.getByText('已回拨'))
    expect(await screen.findByText('暂无待回拨的任务')).toBeTruthy()
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      undefined,
      { outcome: 'called', note: null },
    ])
  })
})
