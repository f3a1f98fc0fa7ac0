import type { DcInstitution } from '@pocket/contract'
import { rankInstitutions, sharedPlace } from './directory-ranking.js'

const inst = (id: string, regionCode: string, name: string, address = '', services: DcInstitution['services'] = []) =>
  ({
    id,
    kind: 'notary_office',
    name,
    regionCode,
    address,
    lat: 0,
    lng: 0,
    hours: '',
    phone: '',
    services,
    isDemo: true,
  }) as DcInstitution

describe('ranking institutions for a search', () => {
  const all = [
    inst('yinchuan', '640104', '兴庆公证处', '银川市', ['notarization']),
    inst('county', '640422', '西吉县公证处', '吉强镇', ['notarization']),
    inst('town', '640422100', '吉强镇调解委员会', '吉强镇镇政府', ['mediation']),
  ]

  it('counts the digits two places share: town, county, province', () => {
    expect(sharedPlace('640422100201', '640422100')).toBe(9)
    expect(sharedPlace('640422100201', '640422')).toBe(6)
    expect(sharedPlace('640422100201', '640104')).toBe(3)
  })

  it('puts the caller’s town, then county, first', () => {
    expect(rankInstitutions(all, { near: '640422100201' }).map((i) => i.id)).toEqual(['town', 'county', 'yinchuan'])
    expect(rankInstitutions(all, { near: '640104100201' }).map((i) => i.id)[0]).toBe('yinchuan')
  })

  it('keeps only the service asked for, and names before addresses that hold the words', () => {
    expect(rankInstitutions(all, { service: 'notarization', near: '640422100201' }).map((i) => i.id)).toEqual([
      'county',
      'yinchuan',
    ])
    expect(rankInstitutions(all, { q: '吉强镇' }).map((i) => i.id)).toEqual(['town', 'county'])
    expect(rankInstitutions(all, { q: '律师' })).toEqual([])
  })
})
