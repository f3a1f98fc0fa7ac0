import { MemoryNonceStore } from './nonce-store.js'

describe('in-memory nonce store', () => {
  it('accepts a nonce once within its lifetime and forgets it afterwards', async () => {
    const store = new MemoryNonceStore(1000)
    expect(await store.claim('a', 0)).toBe(true)
    expect(await store.claim('a', 500)).toBe(false)
    expect(await store.claim('b', 500)).toBe(true)
    expect(await store.claim('a', 20_000)).toBe(true)
  })
})
