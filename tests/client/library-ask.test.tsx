import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AskAnswer, Me } from '@pocket/contract'
import Ask from '@/packages/library/ask'
import { useConsult } from '@/stores/consult'
import { useSession } from '@/stores/session'
import { fakeNetwork, path, resetStores, typeInto } from './harness'

const ask = (question: string) => {
  typeInto(document.querySelector('.ask-question') as Element, question)
  fireEvent.click(screen.getByText('查找答案'))
}

const resident: Me = {
  id: 'acc-1',
  role: 'resident',
  displayName: '居民',
  phoneMasked: '139****2001',
  village: { code: '640121104201', name: '原隆村', path: ['宁夏回族自治区', '银川市', '永宁县', '闽宁镇', '原隆村'] },
  person: null,
  discreetNotices: false,
}

describe('智能咨询 (H5 renderer)', () => {
  beforeEach(() => {
    resetStores()
    useConsult.setState({ carried: '' })
  })
  afterEach(() => jest.restoreAllMocks())

  it('with nothing relevant, says so and offers the adviser, who gets the question, and 12348', async () => {
    useSession.setState({ accessToken: 'at', refreshToken: 'rt', me: resident })
    const none: AskAnswer = {
      answered: false,
      question: null,
      articles: [],
      case: null,
      services: [{ kind: 'adviser', code: null }],
    }
    const { calls } = fakeNetwork((url, method) =>
      path(url) === '/library/ask' && method === 'POST'
        ? { status: 200, body: none }
        : path(url) === '/catalog/items'
          ? { status: 200, body: { items: [] } }
          : { status: 404 },
    )
    const go = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<Ask />)
    ask('  宅基地上的老房子漏雨了  ')
    await screen.findByText('没有找到相关的答案')
    expect(calls.find((c) => path(c.url) === '/library/ask')?.body).toEqual({ question: '宅基地上的老房子漏雨了' })
    expect(screen.getByText(/不是针对您个人情况的法律意见/)).toBeTruthy()
    fireEvent.click(screen.getByText('拨打12348'))
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '12348' })
    fireEvent.click(screen.getByText('问我的法律顾问'))
    expect(useConsult.getState().carried).toBe('您好，我想咨询：宅基地上的老房子漏雨了')
    expect(go).toHaveBeenCalledWith({ url: '/packages/consult/chat/index' })
  })

  it('a refused question shows the reason and stays in the box to be asked again', async () => {
    const { calls } = fakeNetwork((url) =>
      path(url) === '/library/ask'
        ? {
            status: 400,
            body: {
              code: 'VALIDATION_FAILED',
              message: 'question: form.questionTooLong',
              notice: { key: 'form.questionTooLong' },
            },
          }
        : { status: 404 },
    )
    render(<Ask />)
    ask('问'.repeat(20))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('问题不能超过300个字，请简短一些'))
    fireEvent.click(screen.getByText('查找答案'))
    await waitFor(() => expect(calls).toHaveLength(2))
    expect(calls[1].body).toEqual({ question: '问'.repeat(20) })
  })
})
