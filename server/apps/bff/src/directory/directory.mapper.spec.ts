import { toPersonCard } from './directory.mapper.js'

describe('shaping data-center records for residents', () => {
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
      licenceNo: null,
      specialties: [],
      languages: ['mandarin'],
      practiceStatus: 'practising',
      isDemo: true,
    })
    expect(JSON.stringify(card)).not.toContain('13800000001')
    expect(card).toMatchObject({ phoneMasked: '138****0001', institution: { id: 'i', name: '某所' } })
  })
})
