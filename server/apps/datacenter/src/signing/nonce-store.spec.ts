import { MemoryNonceStore } from './nonce-store.js'

describe('in-memory nonce store (embedded data center)', () => {
  it('accepts a nonce once within its lifetime and forgets it afterwards', async () => {
    const store = new MemoryNonceStore(1000, 100)
    expect(await store.claim('a', 101, 0)).toBe(true)
    expect(await store.claim('a', 101, 500)).toBe(false)
    expect(await store.claim('b', 101, 500)).toBe(true)
    expect(await store.claim('a', 101, 20_000)).toBe(true)
  })

  it('refuses anything signed before the process started: those nonces it cannot remember', async () => {
    const store = new MemoryNonceStore(1000, 100)
    expect(await store.claim('old', 99, 0)).toBe(false)
    expect(await store.claim('same-second', 100, 0)).toBe(false)
    expect(await store.claim('new', 101, 0)).toBe(true)
  })
})
