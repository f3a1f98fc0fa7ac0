import { MemoryRateLimitStore } from './rate-limit.store.js'

describe('in-memory rate limit', () => {
  it('allows up to the limit in a window, then tells how long to wait', async () => {
    const store = new MemoryRateLimitStore()
    const results = []
    for (let i = 0; i < 4; i++) results.push(await store.hit('k', 60, 3))
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3].retryAfter).toBeGreaterThan(55)
    expect((await store.hit('other', 60, 3)).allowed).toBe(true)
  })
})
