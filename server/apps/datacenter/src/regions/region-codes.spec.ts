import { seedRegions } from './demo-regions.js'
import { ancestorCodes } from './region-codes.js'

describe('region codes', () => {
  it('lists a village’s ancestors from the province down', () => {
    expect(ancestorCodes('640121104201')).toEqual(['640000', '640100', '640121', '640121104', '640121104201'])
    expect(ancestorCodes('640000')).toEqual(['640000'])
    expect(ancestorCodes('640100')).toEqual(['640000', '640100'])
  })

  it('seeds Ningxia: 1 province, 5 cities, 22 counties, every parent present', () => {
    const regions = seedRegions()
    const count = (level: string) => regions.filter((r) => r.level === level).length
    expect([count('province'), count('city'), count('county')]).toEqual([1, 5, 22])
    const codes = new Set(regions.map((r) => r.code))
    for (const r of regions) if (r.parentCode) expect(codes.has(r.parentCode)).toBe(true)
    expect(regions.filter((r) => r.level === 'village').every((v) => v.isDemo)).toBe(true)
  })
})
