import { backoffDelay } from './backoff'

describe('reconnect backoff', () => {
  it('doubles from one second and stays within half to all of the step', () => {
    expect(backoffDelay(0, () => 0)).toBe(500)
    expect(backoffDelay(0, () => 1)).toBe(1000)
    expect(backoffDelay(3, () => 0)).toBe(4000)
    expect(backoffDelay(3, () => 1)).toBe(8000)
  })

  it('never waits more than 30 seconds however many tries failed', () => {
    expect(backoffDelay(50, () => 1)).toBe(30_000)
  })

  it('spreads phones that lost the network together', () => {
    const delays = new Set(Array.from({ length: 20 }, (_, i) => backoffDelay(4, () => i / 20)))
    expect(delays.size).toBe(20)
  })
})
