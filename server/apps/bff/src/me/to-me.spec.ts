import { maskPhone, toPersonCard } from './to-me.js'

describe('shaping data-center records for residents', () => {
  it('masks phones in the middle', () => {
    expect(maskPhone('13800000001')).toBe('138****0001')
    expect(maskPhone('0951-6010001')).toBe('0951-***0001')
  })

  it('never passes an adviser’s full phone to a resident', () => {
    const card = toPersonCard({
      id: 'p',
      kind: 'adviser',
      name: '马晓梅',
      title: '律师',
      phone: '13800000001',
      photoUrl: null,
      institutionId: 'i',
      institutionName: '某所',
      isDemo: true,
    })
    expect(JSON.stringify(card)).not.toContain('13800000001')
    expect(card).toMatchObject({ phoneMasked: '138****0001', institution: { id: 'i', name: '某所' } })
  })
})
