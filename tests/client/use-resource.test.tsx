import { act, renderHook, waitFor } from '@testing-library/react'
import { useResource } from '@/hooks/useResource'
import { resetStores } from './harness'

/** A promise the test settles by hand, so every interleaving is chosen, not timed. */
function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useResource: what a screen shows while loading, after failing, and offline', () => {
  beforeEach(() => resetStores())

  it('does not load without a key, and loads when one arrives', async () => {
    const load = jest.fn(() => Promise.resolve('data'))
    const { result, rerender } = renderHook(({ k }: { k: string | null }) => useResource(k, load), {
      initialProps: { k: null as string | null },
    })
    expect(load).not.toHaveBeenCalled()
    expect(result.current.loading).toBe(false)
    await act(async () => rerender({ k: 'a' }))
    await waitFor(() => expect(result.current.data).toBe('data'))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('takes an empty key (an id not known yet) as no key: nothing is asked for', async () => {
    const load = jest.fn(() => Promise.resolve('data'))
    const { result } = renderHook(() => useResource('', load))
    await act(async () => undefined)
    expect(load).not.toHaveBeenCalled()
    expect(result.current.loading).toBe(false)
  })

  it('never lets a late answer for the previous key replace the current one', async () => {
    const answers: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() }
    const { result, rerender } = renderHook(({ k }: { k: string }) => useResource(k, () => answers[k].promise), {
      initialProps: { k: 'a' },
    })
    rerender({ k: 'b' })
    await act(async () => answers.b.resolve('for b'))
    await act(async () => answers.a.resolve('for a, too late'))
    expect(result.current.data).toBe('for b')
  })

  it('keeps what it showed while reloading, and shows the error when the reload fails', async () => {
    let next = deferred<string>()
    const { result } = renderHook(() => useResource('k', () => next.promise))
    await act(async () => next.resolve('first'))
    next = deferred<string>()
    act(() => result.current.reload())
    expect(result.current).toMatchObject({ data: 'first', loading: true })
    await act(async () => next.reject(new Error('offline')))
    expect(result.current).toMatchObject({ data: 'first', loading: false, error: new Error('offline') })
  })

  it('shows a load that reloads interrupted, then loads once more for all of them', async () => {
    // An adviser's inbox on a slow network: new messages come faster than the list loads.
    const answers = [deferred<string>(), deferred<string>(), deferred<string>()]
    let calls = 0
    const { result } = renderHook(() => useResource('inbox', () => answers[calls++].promise))
    act(() => result.current.reload())
    act(() => result.current.reload())
    act(() => result.current.reload())
    expect(calls).toBe(1)
    await act(async () => answers[0].resolve('before the new messages'))
    expect(result.current.data).toBe('before the new messages')
    expect(calls).toBe(2)
    await act(async () => answers[1].resolve('with them'))
    expect(result.current).toMatchObject({ data: 'with them', loading: false })
    expect(calls).toBe(2)
  })

  it('loads again after a reload that came while a load failed', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    let calls = 0
    const { result } = renderHook(() => useResource('k', () => answers[calls++].promise))
    act(() => result.current.reload())
    await act(async () => answers[0].reject(new Error('offline')))
    expect(calls).toBe(2)
    await act(async () => answers[1].resolve('back'))
    expect(result.current).toMatchObject({ data: 'back', error: null, loading: false })
  })

  it('with persist: shows the saved copy at once, marked with when it was saved, until a fresh answer', async () => {
    const first = renderHook(() => useResource('adviser', () => Promise.resolve({ name: '马晓梅' }), { persist: true }))
    await act(async () => undefined)
    expect(first.result.current).toMatchObject({ data: { name: '马晓梅' }, savedAt: null })
    first.unmount()

    // Next launch, on a dead network: the saved copy, with its time, and it stays.
    const offline = deferred<{ name: string }>()
    const second = renderHook(() => useResource('adviser', () => offline.promise, { persist: true }))
    expect(second.result.current.data).toEqual({ name: '马晓梅' })
    expect(second.result.current.savedAt).toEqual(expect.any(Number))
    await act(async () => offline.reject(new Error('offline')))
    expect(second.result.current).toMatchObject({ data: { name: '马晓梅' }, loading: false })
    expect(second.result.current.savedAt).toEqual(expect.any(Number))

    // Without persist nothing is kept on the device.
    const third = renderHook(() => useResource('other', () => new Promise<string>(() => undefined)))
    expect(third.result.current.data).toBeNull()
  })
})
