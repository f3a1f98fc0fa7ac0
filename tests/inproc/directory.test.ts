import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { InstitutionList, PractitionerDetail, PractitionerList } from '@pocket/contract'
import { call } from '../support/api'
import { refusal } from '../support/said'
import { startInProcess, type InProcessStack } from '../support/in-process'

/** A villager of 吉强镇, 西吉县 (640422100201). */
const VILLAGE = '640422100201'

describe('finding institutions and practitioners, signed out, through the BFF', () => {
  let stack: InProcessStack
  const get = <T>(path: string) => call<T>(stack.bffUrl, 'GET', `/api/v1${path}`)
  const ids = async (path: string) => (await get<InstitutionList>(path)).body.items.map((i) => i.id)
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('finds notary offices nearest the caller’s place first, and only those', async () => {
    expect(await ids(`/institutions?kind=notary_office&near=${VILLAGE}`)).toEqual(['inst-xj-notary', 'inst-yc-notary'])
    // From a village of 兴庆区 the city's office comes first.
    expect(await ids('/institutions?kind=notary_office&near=640104100201')).toEqual([
      'inst-yc-notary',
      'inst-xj-notary',
    ])
  })

  it('filters by service: the town’s mediators and workstation, then the county’s center', async () => {
    const found = await ids(`/institutions?service=mediation&near=${VILLAGE}`)
    expect(found.slice(0, 2).sort()).toEqual(['inst-jq-mediation', 'inst-jq-ws'])
    expect(found[2]).toBe('inst-xj-center')
    expect(found).not.toContain('inst-yc-notary')
  })

  it('searches names and addresses, and says so when the words are too many', async () => {
    expect(await ids(`/institutions?q=${encodeURIComponent('公证')}`)).toEqual(['inst-xj-notary', 'inst-yc-notary'])
    const long = await get(`/institutions?q=${encodeURIComponent('公'.repeat(41))}`)
    expect([long.status, refusal(long.body)]).toEqual([
      400,
      { code: 'VALIDATION_FAILED', said: '搜索内容不能超过40个字' },
    ])
  })

  it('sorts by distance when the person gives their position', async () => {
    const { items } = (await get<InstitutionList>('/institutions?lat=35.9648&lng=105.7312')).body
    expect(items[0]).toMatchObject({ id: 'inst-jq-mediation', services: ['mediation'], isDemo: true })
    expect(items[0].distance).toBeLessThan(50)
    const distances = items.map((i) => i.distance ?? -1)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  it('lists practitioners with licence, specialties and status, never staff, and finds them by specialty', async () => {
    const lawyers = (await get<PractitionerList>('/people?kind=lawyer')).body.items
    expect(lawyers.find((p) => p.name === '吴强')).toMatchObject({
      practiceStatus: 'suspended',
      licenceNo: '16401201410196620',
      institution: { id: 'inst-law-helan', name: '宁夏明理律师事务所（演示）' },
    })
    const everyone = (await get<PractitionerList>('/people')).body.items
    expect(everyone.some((p) => p.kind === 'staff')).toBe(false)
    expect(everyone.map((p) => p.kind)).toContain('legal_worker')
    const road = (await get<PractitionerList>(`/people?q=${encodeURIComponent('交通事故')}`)).body.items
    expect(road.map((p) => p.name)).toEqual(['陈立'])
  })

  it('shows a practitioner’s public credit record, newest first, and no phone of theirs', async () => {
    const res = await get<PractitionerDetail>('/people/lawyer-wu-qiang')
    expect(res.body.credit).toEqual([
      {
        kind: 'penalty',
        date: '2026-05-08',
        title: '停止执业三个月：私自接受委托、收取费用',
        issuer: '宁夏回族自治区司法厅（演示）',
      },
      { kind: 'reward', date: '2022-02-18', title: '2021年度银川市优秀律师', issuer: '银川市律师协会（演示）' },
    ])
    expect(JSON.stringify(res.body)).not.toContain('13800000014')
    expect((await get('/people/nobody')).status).toBe(404)
  })
})
