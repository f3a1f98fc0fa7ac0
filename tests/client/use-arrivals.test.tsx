import { act, renderHook } from '@testing-library/react'
import type { Message } from '@pocket/contract'
import { useArrivals } from '@/hooks/useArrivals'
import { useConsult } from '@/stores/consult'
import { resetStores } from './harness'

const message = (seq: number): Message =>
  ({
    consultationId: 'c_aaaaaaaaaaaaaaaaaaaaaa',
    seq,
    clientId: `m-${seq}`,
    sender: { role: 'resident', name: '居民', accountId: 'a1' },
    body: { kind: 'text', text: `第${seq}条` },
    at: new Date(0).toISOString(),
  }) as unknown as Message

describe('useArrivals: a screen follows new messages through the store', () => {
  beforeEach(() => resetStores())

  it('hands over every message that came between two renders, oldest first, once', () => {
    const seen: number[][] = []
    renderHook(() => useArrivals((ms) => seen.push(ms.map((m) => m.seq))))
    act(() => {
      useConsult.getState().arrive(message(1))
      useConsult.getState().arrive(message(2))
      useConsult.getState().arrive(message(3))
    })
    act(() => useConsult.getState().arrive(message(4)))
    expect(seen.flat()).toEqual([1, 2, 3, 4])
    expect(useConsult.getState().messages['c_aaaaaaaaaaaaaaaaaaaaaa'].map((m) => m.seq)).toEqual([1, 2, 3, 4])
  })

  it('starts from what arrives after the screen opened', () => {
    act(() => useConsult.getState().arrive(message(1)))
    const seen: number[] = []
    renderHook(() => useArrivals((ms) => seen.push(...ms.map((m) => m.seq))))
    act(() => useConsult.getState().arrive(message(2)))
    expect(seen).toEqual([2])
  })
})
