import { NonceCache } from './nonce-cache.js'

describe('nonce cache', () => {
  it('accepts a nonce once within its lifetime and forgets it afterwards', () => {
    const cache = new NonceCache(1000)
    expect(cache.claim('a', 0)).toBe(true)
    expect(cache.claim('a', 500)).toBe(false)
    expect(cache.claim('b', 500)).toBe(true)
    expect(cache.claim('a', 20_000)).toBe(true)
  })
})
