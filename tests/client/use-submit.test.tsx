import Taro from '@tarojs/taro'
import { act, renderHook } from '@testing-library/react'
import { useSubmit } from '@/hooks/useSubmit'
import { ApiError } from '@/services/api-error'
import { resetStores } from './harness'

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((res) => (resolve = res))
  return { promise, resolve }
}

const refusedWith = (said: string) => Promise.reject(new ApiError('CONFLICT', said, 409))

describe('useSubmit: every write a screen makes', () => {
  beforeEach(() => resetStores())
  afterEach(() => jest.restoreAllMocks())

  it('is busy while a write runs, and a second tap meanwhile does nothing', async () => {
    const { result } = renderHook(() => useSubmit())
    const gate = deferred()
    const work = jest.fn(() => gate.promise)
    let first!: Promise<boolean>
    act(() => {
      first = result.current.run(work, { what: 'save' })
    })
    expect([result.current.busy, result.current.busyWith]).toEqual([true, 'save'])
    let second!: boolean
    await act(async () => {
      second = await result.current.run(work)
    })
    expect(second).toBe(false)
    expect(work).toHaveBeenCalledTimes(1)
    await act(async () => {
      gate.resolve()
      expect(await first).toBe(true)
    })
    expect(result.current.busy).toBe(false)
  })

  it('says a refusal on the form’s error line, tells the attempt and the screen, and answers false', async () => {
    const { result } = renderHook(() => useSubmit())
    const attempt = { failed: jest.fn() }
    const refused = jest.fn()
    let went!: boolean
    await act(async () => {
      went = await result.current.run(() => refusedWith('该时段已约满'), { attempt, refused })
    })
    expect(went).toBe(false)
    expect(result.current.error).toBe('该时段已约满')
    expect(attempt.failed).toHaveBeenCalledWith(expect.any(ApiError))
    expect(refused).toHaveBeenCalledWith(expect.any(ApiError))
    // The next try starts clean.
    await act(async () => {
      await result.current.run(() => Promise.resolve())
    })
    expect(result.current.error).toBe('')
  })

  it('says a refusal in a toast for a write with no form of its own', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const { result } = renderHook(() => useSubmit({ toast: true }))
    await act(async () => {
      await result.current.run(() => refusedWith('您已评价过本次咨询'))
    })
    expect(toast).toHaveBeenCalledWith({ title: '您已评价过本次咨询', icon: 'none' })
    expect(result.current.error).toBe('')
  })
})
