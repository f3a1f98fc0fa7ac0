import type { CalcFigure, PersonalInjuryBody, WorkInjuryBody } from '@pocket/contract'
import type { AppError } from '#common/app-error.js'
import { totalOf, type CalcLine } from './calc-lines.js'
import { FigureBook } from './figure-book.js'
import { personalInjury, yearsFor } from './personal-injury.js'
import { workInjury } from './work-injury.js'

// Worked by hand from 工伤保险条例 §35–§39, §64 (data/laws/行政法规) and 法释〔2022〕14号 §12–§17.

const row = (name: CalcFigure['name'], year: number, value: string): CalcFigure => ({
  name,
  year,
  value,
  scope: name === 'nationalUrbanDisposableIncome' ? 'national' : 'province',
  source: 's',
  isDemo: false,
})
const figures = [
  row('nationalUrbanDisposableIncome', 2024, '54188.00'),
  row('nationalUrbanDisposableIncome', 2025, '56502.00'),
  row('averageAnnualWage', 2024, '90000.00'),
  row('averageAnnualWage', 2025, '96000.00'), // 8,000 a month
  row('minimumMonthlyWage', 2024, '2050.00'),
  row('urbanDisposableIncome', 2025, '45200.00'),
  row('urbanConsumption', 2025, '29100.00'),
]
const work = (body: WorkInjuryBody, year = 2026) => workInjury(body, new FigureBook(figures, year))
const injury = (body: PersonalInjuryBody) => personalInjury(body, new FigureBook(figures, 2026))
const byName = (lines: CalcLine[]) => Object.fromEntries(lines.map((l) => [l.name, l]))
const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (e) {
    return (e as AppError).notice
  }
  return undefined
}

describe('工伤: a disability', () => {
  it('raises a low wage to 60% of the area average (§64) and pays a grade 5 on it (§36)', () => {
    const lines = work({ event: 'disability', grade: 5, monthlyWage: '3000' })
    const l = byName(lines)
    expect(l.wageBasis).toMatchObject({
      kind: 'detail',
      amount: '4800.00',
      arithmetic: {
        step: 'wageFloor',
        values: { wage: '3000.00', average: '8000.00', floor: '4800.00', cap: '24000.00' },
      },
      provision: { article: 64 },
    })
    expect(l.disabilityGrant).toMatchObject({ kind: 'sum', amount: '86400.00', provision: { article: 36, clause: 1 } }) // 18 × 4,800
    expect(l.disabilityAllowance).toMatchObject({
      kind: 'monthly',
      amount: '3360.00', // 70% × 4,800, each month, if no work can be arranged
      arithmetic: { step: 'percentOfWageIfNoWork' },
      provision: { article: 36, clause: 2 },
    })
    expect(totalOf(lines)).toBe('86400.00')
  })

  it('caps a high wage at 300% and pays grades 1 and 10 by their months', () => {
    const one = byName(work({ event: 'disability', grade: 1, monthlyWage: '30000' }))
    expect(one.wageBasis.arithmetic.step).toBe('wageCap')
    expect(one.disabilityGrant.amount).toBe('648000.00') // 27 × 24,000
    expect(one.disabilityAllowance.amount).toBe('21600.00') // 90%
    const ten = work({ event: 'disability', grade: 10, monthlyWage: '8000' })
    expect(byName(ten).disabilityGrant).toMatchObject({ amount: '56000.00', provision: { article: 37 } }) // 7 × 8,000
    expect(ten.some((l) => l.name === 'disabilityAllowance')).toBe(false)
  })

  it('takes the area average the person entered, and makes up an allowance below the minimum wage', () => {
    const l = byName(work({ event: 'disability', grade: 6, monthlyWage: '2000', areaMonthlyAverageWage: '5000' }))
    expect(l.wageBasis.amount).toBe('3000.00') // 60% of 5,000
    expect(l.disabilityAllowance).toMatchObject({
      amount: '2050.00', // 60% × 3,000 = 1,800, below 2,050
      arithmetic: { step: 'minimumWage', values: { computed: '1800.00', minimum: '2050.00' } },
    })
  })

  it('needs a grade', () => {
    expect(refusal(() => work({ event: 'disability', monthlyWage: '5000' }))).toEqual({ key: 'calc.gradeRequired' })
  })
})

describe('工伤: a work death (§39)', () => {
  it('pays the funeral grant, 20 × last year’s national income, and the dependants’ pension within the wage', () => {
    const lines = work({
      event: 'death',
      monthlyWage: '9000',
      dependants: [
        { relation: 'spouse', alone: false },
        { relation: 'relative', alone: true },
        { relation: 'relative', alone: false },
      ],
    })
    const l = byName(lines)
    expect(l.funeralGrant).toMatchObject({ amount: '48000.00', provision: { article: 39, clause: 1 } }) // 6 × 8,000
    expect(l.deathGrant).toMatchObject({
      amount: '1130040.00', // 20 × 56,502 (2025)
      arithmetic: { values: { income: '56502.00', year: '2025' } },
      provision: { article: 39, clause: 3 },
    })
    expect(lines.filter((x) => x.name === 'dependantPension').map((x) => x.amount)).toEqual([
      '3600.00', // spouse 40%
      '3600.00', // an orphan or a lone elder: 30% + 10%
      '2700.00', // 30%
    ])
    // 9,900 together, more than the 9,000 the worker earned: the total is held to it.
    expect(l.pensionTotal).toMatchObject({ kind: 'monthly', amount: '9000.00', arithmetic: { step: 'pensionCapped' } })
    expect(totalOf(lines)).toBe('1178040.00')
  })

  it('takes the year before the death’s national figure: a 2025 death, 2024’s 54,188', () => {
    expect(byName(work({ event: 'death', monthlyWage: '9000' }, 2025)).deathGrant.amount).toBe('1083760.00')
  })

  it('says when no figure of the year asked for or before it is kept', () => {
    expect(refusal(() => work({ event: 'death', monthlyWage: '9000' }, 2020))).toEqual({
      key: 'calc.noFigure',
      params: { year: 2019 },
    })
  })

  it('has dependants only for a death', () => {
    expect(
      refusal(() => work({ event: 'disability', grade: 3, monthlyWage: '1', dependants: [{ relation: 'spouse' }] })),
    ).toEqual({ key: 'calc.dependantsOnlyForDeath' })
  })
})

describe('人身损害赔偿 (2022: one standard for town and country)', () => {
  it('counts 20 years, one less each year past 60, five from 75', () => {
    expect([0, 59, 60, 61, 65, 74, 75, 90].map(yearsFor)).toEqual([20, 20, 20, 19, 15, 6, 5, 5])
  })

  it('a death at 65 with a dependant over 75', () => {
    const lines = injury({ event: 'death', age: 65, dependants: [{ age: 78, supporters: 2 }] })
    const l = byName(lines)
    expect(l.deathCompensation).toMatchObject({
      amount: '678000.00', // 45,200 × 15 years
      arithmetic: { step: 'incomeYears', values: { years: '15', age: '65' } },
      provision: { law: 'personalInjury', article: 15 },
    })
    expect(l.funeral).toMatchObject({ amount: '48000.00', provision: { article: 14 } }) // 96,000 ÷ 2
    expect(l.dependantLiving).toMatchObject({
      kind: 'detail',
      amount: '72750.00', // 29,100 ÷ 2 supporters × 5 years
      arithmetic: { step: 'dependantAdult', values: { age: '78', years: '5', supporters: '2' } },
    })
    expect(l.dependantsTotal).toMatchObject({ amount: '72750.00', arithmetic: { step: 'dependantsSum' } })
    expect(totalOf(lines)).toBe('798750.00')
  })

  it('holds the dependants’ yearly total to one year’s consumption', () => {
    // A child of 16 (2 years) and a parent of 70 (10 years), each the victim's alone: 58,200 a year
    // for two years, held to 29,100; then 29,100 for eight.
    const l = byName(
      injury({
        event: 'death',
        age: 40,
        dependants: [
          { age: 16, supporters: 1 },
          { age: 70, supporters: 1 },
        ],
      }),
    )
    expect(l.dependantsTotal).toMatchObject({
      amount: '291000.00',
      arithmetic: { step: 'dependantsCapped', values: { cap: '29100.00', years: '2' } },
    })
  })

  it('scales a disability by its grade, and the dependants with it', () => {
    const lines = injury({ event: 'disability', age: 30, grade: 8, dependants: [{ age: 10, supporters: 2 }] })
    const l = byName(lines)
    expect(l.disabilityCompensation).toMatchObject({ amount: '271200.00', provision: { article: 12 } }) // 45,200 × 20 × 30%
    expect(l.dependantsTotal.amount).toBe('34920.00') // 29,100 ÷ 2 × 30% × 8 years
    expect(lines.some((x) => x.name === 'funeral')).toBe(false)
  })

  it('uses the figures the person entered, and adds 误工费 and 护理费 as entered', () => {
    const book = new FigureBook(figures, 2026)
    const lines = personalInjury(
      {
        event: 'disability',
        age: 45,
        grade: 10,
        figures: { urbanDisposableIncome: '50000' },
        lostEarnings: '12000.50',
        nursing: '3000',
      },
      book,
    )
    expect(byName(lines).disabilityCompensation.amount).toBe('100000.00') // 50,000 × 20 × 10%
    expect(totalOf(lines)).toBe('115000.50')
    expect(book.used).toEqual([
      expect.objectContaining({ name: 'urbanDisposableIncome', value: '50000.00', entered: true, wanted: 2025 }),
    ])
  })

  it('needs a grade for a disability', () => {
    expect(refusal(() => injury({ event: 'disability', age: 30 }))).toEqual({ key: 'calc.gradeRequired' })
  })
})
