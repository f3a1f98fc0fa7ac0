import { distanceMetres } from './geo.js'

describe('distance', () => {
  it('measures Yinchuan to Guyuan at about 270 km', () => {
    const d = distanceMetres({ lat: 38.4872, lng: 106.2309 }, { lat: 36.0156, lng: 106.2425 })
    expect(d).toBeGreaterThan(270_000)
    expect(d).toBeLessThan(280_000)
  })
})
