import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
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

  it('asks for a callback, says why when the input is wrong, and shows the unified number', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    const { calls } = fakeNetwork((url, method, body) => {
      if (path(url) === '/callbacks' && method === 'POST')
        return {
          status: 201,
          body: {
            number: '2026120210000017',
            ...(body as object),
            state: 'waiting',
            note: null,
            createdAt: '2026-12-02T02:00:00.000Z',
            closedAt: null,
          },
        }
      return { status: 404 }
    })
    render(<RequestCallback />)
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect((await screen.findByRole('alert')).textContent).toBe('请输入正确的11位手机号码')
    type('.callback-phone', '13966662001')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect((await screen.findByRole('alert')).textContent).toBe('请简要说明想咨询的问题')
    expect(calls).toHaveLength(0)

    fireEvent.click(screen.getByText('下午'))
    type('.callback-topic', '工资被拖欠三个月')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect(await screen.findByText('已收到您的回拨请求')).toBeTruthy()
    expect(screen.getByText('2026120210000017')).toBeTruthy()
    expect(screen.getByText(/热线工作人员会在下午给您回电/)).toBeTruthy()
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0].body).toEqual({ phone: '13966662001', window: 'afternoon', topic: '工资被拖欠三个月' })
  })

  it('shows the server’s reason when it refuses', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    fakeNetwork(() => ({
      status: 429,
      body: { code: 'RATE_LIMITED', message: '今天的回拨请求已达上限，如有急事请直接拨打12348' },
    }))
    render(<RequestCallback />)
    type('.callback-phone', '13966662001')
    type('.callback-topic', '邻里纠纷')
    fireEvent.click(screen.getByText('提交回拨请求'))
    expect((await screen.findByRole('alert')).textContent).toBe('今天的回拨请求已达上限，如有急事请直接拨打12348')
  })

  it("lists the hotline's waiting callbacks for staff, dials with one tap and closes one", async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: null })
    const task = {
      number: '2026120210000017',
      phone: '13966662001',
      window: 'afternoon',
      topic: '工资被拖欠三个月',
      state: 'waiting',
      note: null,
      createdAt: '2026-12-02T02:00:00.000Z',
      closedAt: null,
    }
    let waiting = [task]
    const { calls } = fakeNetwork((url, method, body) => {
      if (path(url).startsWith('/workbench/callbacks?')) return { status: 200, body: { items: waiting } }
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
    expect(await screen.findByText('13966662001 · 下午')).toBeTruthy()
    fireEvent.click(screen.getByText('拨打'))
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '13966662001' })
    fireEvent.click(screen.getByText('已回拨'))
    expect(await screen.findByText('暂无待回拨的任务')).toBeTruthy()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ outcome: 'called', note: null })
  })
})
