import type { CalcFigure, LitigationFeeBody } from '@pocket/contract'
import { AppError } from '#common/app-error.js'
import { totalOf } from './calc-lines.js'
import { FigureBook } from './figure-book.js'
import { litigationFee } from './litigation-fee.js'

// Worked by hand from 诉讼费用交纳办法 (国务院令第481号) §13–§16.

const settings: CalcFigure[] = [
  { name: 'divorceFee', year: 2007, value: '200.00', scope: 'province', source: 's', isDemo: true },
  { name: 'personalityFee', year: 2007, value: '300.00', scope: 'province', source: 's', isDemo: true },
  { name: 'ipFee', year: 2007, value: '800.00', scope: 'province', source: 's', isDemo: true },
  { name: 'enforcementFee', year: 2007, value: '100.00', scope: 'province', source: 's', isDemo: true },
]
const fee = (body: LitigationFeeBody) => totalOf(litigationFee(body, new FigureBook(settings, 2026)))
const refusal = (body: LitigationFeeBody) => {
  try {
    fee(body)
  } catch (e) {
    return (e as AppError).notice
  }
  return undefined
}

describe('诉讼费: property cases, §13(一), at each bracket edge', () => {
  it.each([
    ['0', '50.00'],
    ['10000', '50.00'],
    ['10000.01', '50.00'], // + 0.01 × 2.5% = 0.00025, to the fen nothing
    ['10040', '51.00'],
    ['100000', '2300.00'], // 50 + 90,000 × 2.5%
    ['200000', '4300.00'], // + 100,000 × 2%
    ['500000', '8800.00'], // + 300,000 × 1.5%
    ['1000000', '13800.00'], // + 500,000 × 1%
    ['2000000', '22800.00'], // + 1,000,000 × 0.9%
    ['5000000', '46800.00'], // + 3,000,000 × 0.8%
    ['10000000', '81800.00'], // + 5,000,000 × 0.7%
    ['20000000', '141800.00'], // + 10,000,000 × 0.6%
    ['30000000', '191800.00'], // + 10,000,000 × 0.5%
    ['1000000000000', '5000041800.00'], // + (10^12 − 2×10^7) × 0.5% = 4,999,900,000
  ])('%s yuan claimed: %s', (amount, expected) => {
    expect(fee({ caseKind: 'property', amount })).toBe(expected)
  })

  it('shows each band it reached, with its rate and the part it applies to', () => {
    const lines = litigationFee({ caseKind: 'property', amount: '150000' }, new FigureBook(settings, 2026))
    expect(lines.map((l) => [l.arithmetic.step, l.arithmetic.values, l.amount])).toEqual([
      ['bandFirst', { to: '10000.00', fee: '50.00' }, '50.00'],
      ['band', { from: '10000.00', to: '100000.00', base: '90000.00', rate: '2.5%' }, '2250.00'],
      ['band', { from: '100000.00', to: '200000.00', base: '50000.00', rate: '2%' }, '1000.00'],
    ])
    expect(lines.every((l) => l.provision.article === 13 && l.provision.clause === 1)).toBe(true)
  })

  it('halves the case fee for 简易程序 (§16) and for mediation or withdrawal (§15), to the fen', () => {
    const simplified = litigationFee(
      { caseKind: 'property', amount: '100000', procedure: 'simplified' },
      new FigureBook(settings, 2026),
    )
    expect(totalOf(simplified)).toBe('1150.00')
    expect(simplified.at(-1)).toMatchObject({ name: 'feeHalved', amount: '-1150.00', provision: { article: 16 } })
    const mediated = litigationFee(
      { caseKind: 'property', amount: '10040', procedure: 'mediated' },
      new FigureBook(settings, 2026),
    )
    expect(mediated.at(-1)).toMatchObject({ amount: '-25.50', provision: { article: 15 } })
    // 50.01 halved is 25.005: 25.01 is paid.
    expect(fee({ caseKind: 'property', amount: '10000.40', procedure: 'simplified' })).toBe('25.01')
  })

  it('needs the amount claimed', () => {
    expect(refusal({ caseKind: 'property' })).toEqual({ key: 'form.amountRequired' })
  })
})

describe('诉讼费: non-property, IP, labour and administrative cases, §13(二)–(五)', () => {
  it('takes the province’s divorce fee, and 0.5% of property over 200,000', () => {
    expect(fee({ caseKind: 'divorce' })).toBe('200.00')
    expect(fee({ caseKind: 'divorce', amount: '200000' })).toBe('200.00')
    expect(fee({ caseKind: 'divorce', amount: '500000' })).toBe('1700.00') // 200 + 300,000 × 0.5%
    expect(fee({ caseKind: 'divorce', amount: '500000', procedure: 'simplified' })).toBe('850.00')
  })

  it('takes the fee the person’s court announced, within the range only', () => {
    expect(fee({ caseKind: 'divorce', caseFee: '300' })).toBe('300.00')
    expect(refusal({ caseKind: 'divorce', caseFee: '301' })).toEqual({
      key: 'calc.caseFeeRange',
      params: { min: '50', max: '300' },
    })
    expect(refusal({ caseKind: 'personality', caseFee: '99.99' })).toMatchObject({ key: 'calc.caseFeeRange' })
  })

  it('adds 1% of damages from 50,000 to 100,000 and 0.5% above to a personality case', () => {
    expect(fee({ caseKind: 'personality', amount: '50000' })).toBe('300.00')
    expect(fee({ caseKind: 'personality', amount: '100000' })).toBe('800.00')
    expect(fee({ caseKind: 'personality', amount: '300000' })).toBe('1800.00')
  })

  it('charges an IP case the province’s fee without an amount, the property brackets with one', () => {
    expect(fee({ caseKind: 'ip' })).toBe('800.00')
    expect(fee({ caseKind: 'ip', amount: '100000' })).toBe('2300.00')
  })

  it('charges 10 yuan for labour, 50 or 100 for administrative cases', () => {
    expect(fee({ caseKind: 'labour' })).toBe('10.00')
    expect(fee({ caseKind: 'labour', procedure: 'simplified' })).toBe('5.00')
    expect(fee({ caseKind: 'administrative' })).toBe('50.00')
    expect(fee({ caseKind: 'administrative', administrativeKind: 'trademark-patent-maritime' })).toBe('100.00')
  })
})

describe('申请费: enforcement and preservation, §14', () => {
  it.each([
    [undefined, '100.00'],
    ['10000', '50.00'],
    ['500000', '7400.00'], // 50 + 490,000 × 1.5%
    ['5000000', '52400.00'], // + 4,500,000 × 1%
    ['10000000', '77400.00'], // + 5,000,000 × 0.5%
    ['20000000', '87400.00'], // + 10,000,000 × 0.1%
  ])('enforcing %s: %s', (amount, expected) => {
    expect(fee({ caseKind: 'enforcement', amount })).toBe(expected)
  })

  it.each([
    [undefined, '30.00'],
    ['1000', '30.00'],
    ['100000', '1020.00'], // 30 + 99,000 × 1%
    ['895998', '4999.99'], // 1020 + 795,998 × 0.5%: just under the cap
    ['895999', '5000.00'], // 1020 + 3979.995, to the fen 3980.00: at the cap
    ['1000000', '5000.00'], // 5520 by the bands, at most 5,000
  ])('preserving %s: %s', (amount, expected) => {
    expect(fee({ caseKind: 'preservation', amount })).toBe(expected)
  })

  it('shows the cap as a line of its own', () => {
    const lines = litigationFee({ caseKind: 'preservation', amount: '1000000' }, new FigureBook(settings, 2026))
    expect(lines.at(-1)).toMatchObject({
      name: 'feeCap',
      amount: '-520.00',
      arithmetic: { values: { fee: '5520.00', cap: '5000.00' } },
    })
  })

  it('is never halved', () => {
    expect(refusal({ caseKind: 'enforcement', amount: '1', procedure: 'mediated' })).toEqual({
      key: 'calc.procedureNotApplicable',
    })
  })
})
