import { idCheckCharacter, isResidentIdNumber, maskIdNumber } from '@pocket/contract'

describe('居民身份证号码 (GB 11643-1999)', () => {
  it('accepts numbers whose check character is right, including X', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X')
    expect(isResidentIdNumber('11010519491231002X')).toBe(true)
    expect(isResidentIdNumber('640121198503150012')).toBe(true)
  })

  it('refuses a wrong check character, a lowercase x, an impossible birth date and wrong lengths', () => {
    expect(isResidentIdNumber('110105194912310021')).toBe(false)
    expect(isResidentIdNumber('11010519491231002x')).toBe(false)
    expect(isResidentIdNumber('110105194902300020')).toBe(false)
    expect(isResidentIdNumber('1101051949123100')).toBe(false)
  })

  it('shows only the first 3 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X')
  })
})
