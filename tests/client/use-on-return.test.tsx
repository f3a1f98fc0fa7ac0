import { act, renderHook } from '@testing-library/react'
import { getPageInstance, HOOKS_APP_ID } from '@tarojs/runtime'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'

/** What Taro does when the page is shown or hidden: call every hook registered for it. */
function lifecycle(name: 'componentDidShow' | 'componentDidHide') {
  const page = getPageInstance(HOOKS_APP_ID) as unknown as Record<string, (() => void)[] | undefined>
  act(() => page[name]?.forEach((hook) => hook()))
}

describe('useOnReturn: a page refreshes when the person comes back to it', () => {
  it('loads once when the page first shows, and again on every return after leaving it', async () => {
    const load = jest.fn(() => Promise.resolve('list'))
    renderHook(() => {
      const list = useResource('requests', load)
      useOnReturn(list.reload)
      return list
    })
    await act(async () => undefined)
    // Taro reports the page's first showing too: that must not ask the network a second time.
    lifecycle('componentDidShow')
    await act(async () => undefined)
    expect(load).toHaveBeenCalledTimes(1)

    lifecycle('componentDidHide')
    lifecycle('componentDidShow')
    await act(async () => undefined)
    expect(load).toHaveBeenCalledTimes(2)

    // Shown again without having left (a dialog closing): nothing new to fetch.
    lifecycle('componentDidShow')
    await act(async () => undefined)
    expect(load).toHaveBeenCalledTimes(2)
  })
})
