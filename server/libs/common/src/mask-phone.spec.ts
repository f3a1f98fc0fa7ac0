import { maskPhone } from './mask-phone.js'

describe('maskPhone', () => {
  it('masks phones in the middle', () => {
    expect(maskPhone('13800000001')).toBe('138****0001')
    expect(maskPhone('0951-6010001')).toBe('0951-***0001')
  })
})
