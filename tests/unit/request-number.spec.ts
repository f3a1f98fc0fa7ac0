import { formatRequestNumber, groupedNumber, isValidRequestNumber, typedNumber } from '@pocket/contract/request-number'

describe('unified request number', () => {
  it('is the Beijing date, the channel digit, the sequence and a check digit', () => {
    const n = formatRequestNumber('2026-11-27', 'miniprogram', 13)
    expect(n).toMatch(/^20261127 ?4 ?000013\d$/)
    expect(n).toHaveLength(16)
    expect(isValidRequestNumber(n)).toBe(true)
    expect(formatRequestNumber('2026-11-27', 'hotline', 13).slice(8, 9)).toBe('1')
  })

  it('catches a mistyped digit and a swapped pair', () => {
    const n = formatRequestNumber('2026-11-27', 'web', 4711)
    const typo = n.slice(0, 10) + String((Number(n[10]) + 1) % 10) + n.slice(11)
    expect(isValidRequestNumber(typo)).toBe(false)
    const swapped = n.slice(0, 12) + n[13] + n[12] + n.slice(14)
    if (n[12] !== n[13]) expect(isValidRequestNumber(swapped)).toBe(false)
    expect(isValidRequestNumber('12345')).toBe(false)
  })
})

describe('a number as people read and type it', () => {
  it('reads in fours and is typed back with spaces or dashes', () => {
    expect(groupedNumber('2026120730000017')).toBe('2026 1207 3000 0017')
    expect(typedNumber(' 2026 1207-3000 0017 ')).toBe('2026120730000017')
    expect(isValidRequestNumber(typedNumber(groupedNumber(formatRequestNumber('2026-12-07', 'web', 17))))).toBe(true)
  })
})
