import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { Me, MyAdviser, RegionList, WorkbenchSummary } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { refusal } from '../support/said'

describe('village, adviser and workbench (in process)', () => {
  let stack: InProcessStack
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('walks the region cascade from Ningxia down to a village', async () => {
    const top = await call<RegionList>(stack.bffUrl, 'GET', '/api/v1/regions')
    expect(top.body.items).toEqual([{ code: '640000', name: '宁夏回族自治区', level: 'province', hasChildren: true }])
    const cities = await call<RegionList>(stack.bffUrl, 'GET', '/api/v1/regions?parent=640000')
    expect(cities.body.items.map((c) => c.name)).toEqual(['银川市', '石嘴山市', '吴忠市', '固原市', '中卫市'])
    const counties = await Promise.all(
      cities.body.items.map((c) => call<RegionList>(stack.bffUrl, 'GET', `/api/v1/regions?parent=${c.code}`)),
    )
    expect(counties.flatMap((r) => r.body.items)).toHaveLength(22)
    const towns = await call<RegionList>(stack.bffUrl, 'GET', '/api/v1/regions?parent=640121')
    expect(towns.body.items.map((t) => t.name)).toContain('闽宁镇')
    const villages = await call<RegionList>(stack.bffUrl, 'GET', '/api/v1/regions?parent=640121104')
    expect(villages.body.items[0]).toMatchObject({ name: '福宁村', level: 'village', hasChildren: false })
  })

  it('asks for a village before showing an adviser, then shows the adviser with a masked phone', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13922220001')
    const before = await call(stack.bffUrl, 'GET', '/api/v1/me/adviser', { token: s.accessToken })
    expect(before.status).toBe(409)
    expect(refusal(before.body)).toEqual({ code: 'VILLAGE_NOT_SET', said: '请先选择您所在的村（社区）' })

    const set = await call<Me>(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: '640121104201' },
    })
    expect(set.status).toBe(200)
    expect(set.body.village?.path).toEqual(['宁夏回族自治区', '银川市', '永宁县', '闽宁镇', '福宁村'])

    const adviser = await call<MyAdviser>(stack.bffUrl, 'GET', '/api/v1/me/adviser', { token: s.accessToken })
    expect(adviser.status).toBe(200)
    expect(adviser.body.adviser).toMatchObject({ name: '马晓梅', phoneMasked: '138****0001', isDemo: true })
    expect(adviser.body.adviser.institution?.name).toBeTruthy()
    expect(adviser.body.backup?.name).toBe('李建国')
    expect(JSON.stringify(adviser.body)).not.toContain('13800000001')
  })

  it('refuses a town as a village and leaves the choice unchanged', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13922220002')
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: '640104100201' },
    })
    const res = await call(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: '640104100' },
    })
    expect(res.status).toBe(400)
    expect(refusal(res.body)).toEqual({ code: 'VILLAGE_INVALID', said: '请选择到村（社区）一级' })
    const bad = await call(stack.bffUrl, 'PUT', '/api/v1/me/village', {
      token: s.accessToken,
      body: { villageCode: 'x' },
    })
    expect(refusal(bad.body)).toEqual({ code: 'VALIDATION_FAILED', said: '行政区划代码格式不正确' })
    const me = await call<Me>(stack.bffUrl, 'GET', '/api/v1/me', { token: s.accessToken })
    expect(me.body.village?.name).toBe('掌政村')
    const trail = await signedCall<{ items: { action: string; before: unknown; after: unknown }[] }>(
      stack,
      'GET',
      `/audit?entity=account&entityId=${s.me.id}`,
    )
    expect(trail.body.items.filter((e) => e.action === 'account.set_village')).toEqual([
      expect.objectContaining({ before: { villageCode: null }, after: { villageCode: '640104100201' } }),
    ])
  })

  it('gives the seeded adviser the adviser role and a workbench with their villages', async () => {
    const s = await signInBySms(stack.bffUrl, stack.sms, '13800000001')
    expect(s.role).toBe('adviser')
    const wb = await call<WorkbenchSummary>(stack.bffUrl, 'GET', '/api/v1/workbench/summary', { token: s.accessToken })
    expect(wb.status).toBe(200)
    expect(wb.body.person.name).toBe('马晓梅')
    expect(wb.body.villages.map((v) => v.name)).toEqual(['福宁村', '木兰村', '原隆村', '武河村'])
  })

  it('gives seeded staff the staff role; residents cannot open the workbench', async () => {
    const staff = await signInBySms(stack.bffUrl, stack.sms, '13700000001')
    expect(staff.role).toBe('staff')
    const wb = await call<WorkbenchSummary>(stack.bffUrl, 'GET', '/api/v1/workbench/summary', {
      token: staff.accessToken,
    })
    expect(wb.body).toMatchObject({ role: 'staff', villages: [] })
    const resident = await signInBySms(stack.bffUrl, stack.sms, '13922220003')
    const denied = await call(stack.bffUrl, 'GET', '/api/v1/workbench/summary', { token: resident.accessToken })
    expect(denied.status).toBe(403)
    expect(denied.body).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('serves the catalogue with guides, and institutions nearest first', async () => {
    const list = await call<{ items: { code: string; name: string }[] }>(stack.bffUrl, 'GET', '/api/v1/catalog/items')
    expect(list.body.items.map((i) => i.name)).toEqual([
      '法律援助申请',
      '人民调解',
      '公证预约',
      '司法鉴定咨询',
      '律师咨询预约',
      '法律咨询（村居法律顾问）',
      '视频咨询（村居法律顾问）',
    ])
    const aid = await call<{ guide: { timeLimit: string; legalBasis: string[] } }>(
      stack.bffUrl,
      'GET',
      '/api/v1/catalog/items/legal-aid',
    )
    expect(aid.body.guide.timeLimit).toContain('7日内')
    expect(aid.body.guide.legalBasis[0]).toContain('法律援助法')
    const missing = await call(stack.bffUrl, 'GET', '/api/v1/catalog/items/nope')
    expect(missing.status).toBe(404)
    // Standing in Minning town: its workstation comes first.
    const near = await call<{ items: { id: string; distance: number }[] }>(
      stack.bffUrl,
      'GET',
      '/api/v1/institutions?lat=38.2349&lng=106.0772',
    )
    expect(near.body.items[0].id).toBe('inst-mn-ws')
    expect(near.body.items[0].distance).toBeLessThan(100)
  })
})
