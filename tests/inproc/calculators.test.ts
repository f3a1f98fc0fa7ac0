import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { ArticleDetail, CalcFigure, CalcFigureList, CalcResult } from '@pocket/contract'
import { call } from '../support/api'
import { refusal } from '../support/said'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'

const calc = (stack: InProcessStack, which: string, body: unknown) =>
  call<CalcResult>(stack.bffUrl, 'POST', `/api/v1/calculators/${which}`, { body })
const item = (r: CalcResult, name: string) => r.items.find((i) => i.name === name)

describe('the legal calculators, signed out, through the BFF', () => {
  let stack: InProcessStack
  beforeAll(async () => {
    stack = await startInProcess()
  })
  afterAll(() => stack?.stop())

  it('lists the figures it keeps: national statistics by year, the province’s marked as demo', async () => {
    const { items } = (await call<CalcFigureList>(stack.bffUrl, 'GET', '/api/v1/calculators/figures')).body
    const national = items.filter((f) => f.name === 'nationalUrbanDisposableIncome')
    expect(national.filter((f) => f.year >= 2024).map((f) => [f.year, f.value, f.isDemo])).toEqual([
      [2024, '54188.00', false],
      [2025, '56502.00', false],
    ])
    expect(national.every((f) => f.source.includes('国家统计局'))).toBe(true)
    const province = items.filter((f) => f.scope === 'province')
    expect(province.length).toBeGreaterThan(5)
    expect(province.every((f) => f.isDemo && f.source.includes('演示数据'))).toBe(true)
  })

  it('works out a work death with the year before’s national figure, and links §39 to the library', async () => {
    const res = await calc(stack, 'work-injury', {
      event: 'death',
      monthlyWage: '9000',
      year: 2026,
      dependants: [{ relation: 'spouse' }],
    })
    expect(res.status).toBe(200)
    const grant = item(res.body, 'deathGrant')!
    expect(grant).toMatchObject({ amount: '1130040.00', provision: { law: 'workInjury', article: 39, clause: 3 } })
    const article = await call<ArticleDetail>(
      stack.bffUrl,
      'GET',
      `/api/v1/library/articles/${grant.provision.articleId}`,
    )
    expect(article.body.citation).toBe('《工伤保险条例》第三十九条')
    expect(article.body.paragraphs.join('')).toContain('一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍')
    // 9,000 is between 60% and 300% of the demo area average (114,000 ÷ 12 = 9,500).
    expect(item(res.body, 'funeralGrant')?.amount).toBe('57000.00')
    expect(res.body.total).toBe('1187040.00')
    expect(res.body.figures.map((f) => [f.name, f.year, f.isDemo])).toEqual([
      ['averageAnnualWage', 2025, true],
      ['nationalUrbanDisposableIncome', 2025, false],
    ])
  })

  it('halves a case fee for 简易程序; a law the library does not hold has no link', async () => {
    const res = await calc(stack, 'litigation-fee', { caseKind: 'property', amount: '100000', procedure: 'simplified' })
    expect(res.body.total).toBe('1150.00')
    expect(res.body.items.map((i) => [i.name, i.amount, i.provision.article, i.provision.articleId])).toEqual([
      ['feeBand', '50.00', 13, null],
      ['feeBand', '2250.00', 13, null],
      ['feeHalved', '-1150.00', 16, null],
    ])
  })

  it('works out an accident death at 65 with a dependant of 78 on the kept figures, or the person’s', async () => {
    const body = { event: 'death', age: 65, year: 2026, dependants: [{ age: 78, supporters: 2 }] }
    const kept = (await calc(stack, 'personal-injury', body)).body
    // 45,200 × 15 + 114,000 ÷ 2 + 29,100 ÷ 2 × 5
    expect(kept.total).toBe('807750.00')
    const own = (await calc(stack, 'personal-injury', { ...body, figures: { urbanDisposableIncome: '50000' } })).body
    expect(item(own, 'deathCompensation')?.amount).toBe('750000.00')
    expect(own.figures.find((f) => f.name === 'urbanDisposableIncome')).toMatchObject({ entered: true, isDemo: false })
  })

  it('refuses bad input with a clear message and no 5xx', async () => {
    const cases: [string, unknown, string][] = [
      ['litigation-fee', { caseKind: 'property', amount: '-100' }, '金额不能为负数'],
      ['litigation-fee', { caseKind: 'property', amount: '1000000000000.01' }, '金额过大，请核对（不超过1万亿元）'],
      ['litigation-fee', { caseKind: 'property', amount: '十万' }, '金额请只填数字，例如 150000 或 1500.50'],
      ['litigation-fee', { caseKind: 'property', amount: '100.005' }, '金额最多精确到分（小数点后两位）'],
      ['litigation-fee', { caseKind: 'property' }, '请填写金额'],
      ['litigation-fee', { caseKind: 'murder', amount: '1' }, '请选择案件类型'],
      [
        'litigation-fee',
        { caseKind: 'divorce', caseFee: '1000' },
        '每件收费应在50元至300元之间，请按法院公布的标准填写',
      ],
      ['work-injury', { event: 'disability', grade: 11, monthlyWage: '5000' }, '伤残等级应为一级至十级'],
      ['work-injury', { event: 'disability', grade: 3 }, '请填写金额'],
      ['work-injury', { event: 'disability', monthlyWage: '5000' }, '请选择伤残等级（一级至十级）'],
      [
        'work-injury',
        { event: 'death', monthlyWage: '5000', year: 2012 },
        '暂无2011年及以前的统计数据，无法计算，请填写法院公布的数字',
      ],
      ['personal-injury', { event: 'death', age: 151 }, '年龄不能超过150岁，请核对'],
      ['personal-injury', { event: 'death', age: 30.5 }, '请填写周岁年龄（整数）'],
      ['personal-injury', { event: 'death', age: 30, dependants: [{ age: 10, supporters: 0 }] }, '扶养人数应为1至20人'],
    ]
    for (const [which, body, message] of cases) {
      const res = await calc(stack, which, body)
      expect([which, body, res.status, refusal(res.body)]).toEqual([
        which,
        body,
        400,
        { code: 'VALIDATION_FAILED', said: message },
      ])
    }
  })

  it('lets operators publish a year’s figure, audited; nobody else', async () => {
    const figure = { value: '60000', scope: 'national', source: '国家统计局《2026年统计公报》' }
    const resident = await signedCall(stack, 'PUT', '/calculators/figures/nationalUrbanDisposableIncome/2026', {
      body: figure,
      actor: 'account:someone',
      role: 'resident',
    })
    expect(resident.status).toBe(403)
    const put = await signedCall<CalcFigure>(stack, 'PUT', '/calculators/figures/nationalUrbanDisposableIncome/2026', {
      body: figure,
    })
    expect(put.body).toMatchObject({ year: 2026, value: '60000.00', isDemo: false })
    const res = await calc(stack, 'work-injury', { event: 'death', monthlyWage: '9000', year: 2027 })
    expect(item(res.body, 'deathGrant')?.amount).toBe('1200000.00')
    const audit = await signedCall<{ items: { action: string; actor: string }[] }>(
      stack,
      'GET',
      '/audit?entity=calculator-figure&entityId=nationalUrbanDisposableIncome/2026',
    )
    expect(audit.body.items.map((e) => [e.action, e.actor])).toEqual([['calculator-figure.put', 'system:bff']])
  })
})
