import { deskFor } from './hotline-desk.js'

const desks = [
  { id: 'inst-xq-center', name: '兴庆区公共法律服务中心', regionCode: '640104' },
  { id: 'inst-yn-center', name: '永宁县公共法律服务中心', regionCode: '640121' },
  { id: 'inst-xj-center', name: '西吉县公共法律服务中心', regionCode: '640422' },
]

describe('the hotline desk that serves a village', () => {
  it("is its county's center", () => {
    expect(deskFor(desks, '640121104201')?.id).toBe('inst-yn-center')
    expect(deskFor(desks, '640422100201')?.id).toBe('inst-xj-center')
  })

  it('is a center of its city when its county has none, else of its province', () => {
    expect(deskFor(desks, '640106001001')?.id).toBe('inst-xq-center') // 金凤区, 银川市
    expect(deskFor(desks, '640502001001')?.id).toBe('inst-xj-center') // 中卫市: same province, first by id
    // The province's own desk is wider than a county's center of another city.
    const province = { id: 'inst-zz-province', name: '宁夏12348', regionCode: '640000' }
    expect(deskFor([...desks, province], '640502001001')?.id).toBe('inst-zz-province')
    expect(deskFor([...desks, province], '640121104201')?.id).toBe('inst-yn-center')
  })

  it('is nobody only where there is no center at all', () => {
    expect(deskFor([], '640121104201')).toBeNull()
  })
})
