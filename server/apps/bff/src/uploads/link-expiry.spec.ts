import { linkExpiry } from './link-expiry.js'

describe('linkExpiry', () => {
  it('never gives a link more than the set lifetime, nor less than four fifths of it', () => {
    for (const ttl of [60, 900, 3600, 7]) {
      for (let now = 1_765_000_000_000; now < 1_765_000_000_000 + 3 * ttl * 1000; now += 997) {
        const left = linkExpiry(now, ttl) - now / 1000
        expect(left).toBeLessThanOrEqual(ttl)
        expect(left).toBeGreaterThan(ttl * 0.8 - 1)
      }
    }
  })

  it('gives links made close together the same expiry, so the phone caches one URL', () => {
    expect(linkExpiry(1_765_000_000_000, 900)).toBe(linkExpiry(1_765_000_000_000 + 60_000, 900))
  })
})
