import { PIN_PATTERN, pinMatches, sealPin } from './pin'

describe('the app lock’s PIN', () => {
  it('is kept salted and stretched: the digits are nowhere in what is stored', () => {
    const a = sealPin('2580')
    const b = sealPin('2580')
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(JSON.stringify(a)).not.toContain('2580')
  })

  it('opens with the same PIN only', () => {
    const kept = sealPin('135790')
    expect(pinMatches('135790', kept)).toBe(true)
    expect(pinMatches('135791', kept)).toBe(false)
    expect(pinMatches('', kept)).toBe(false)
  })

  it('is 4 to 6 digits', () => {
    expect(['1234', '123456'].every((p) => PIN_PATTERN.test(p))).toBe(true)
    expect(['123', '1234567', '12a4', ' 1234'].some((p) => PIN_PATTERN.test(p))).toBe(false)
  })
})
