import type { CalcStep, WorkInjuryBody } from '@pocket/contract'
import { AppError } from '#common/app-error.js'
import { Dec, line, percent, yuan, type CalcLine, type Provision } from './calc-lines.js'
import type { FigureBook } from './figure-book.js'

// 工伤保险条例 (2010): disability benefits (§35–37), a work death (§39), 本人工资 (§64).

/** 一次性伤残补助金, months of 本人工资 by grade (§35–37 (一)). */
const GRANT_MONTHS = [27, 25, 23, 21, 18, 16, 13, 11, 9, 7] as const
/** 伤残津贴, a share of 本人工资 each month, grades 1–6 (§35 (二), §36 (二)). */
const ALLOWANCE = ['0.9', '0.85', '0.8', '0.75', '0.7', '0.6'] as const

const FLOOR = new Dec('0.6')
const CAP = new Dec(3)

const provision = (article: number, clause: number | null): Provision => ({ law: 'workInjury', article, clause })
const articleOfGrade = (grade: number) => (grade <= 4 ? 35 : grade <= 6 ? 36 : 37)

/** 统筹地区上年度职工月平均工资: the person's figure, else a twelfth of the data center's yearly one. */
function areaMonthly(body: WorkInjuryBody, book: FigureBook): Dec {
  if (body.areaMonthlyAverageWage !== undefined) {
    book.lastYears('averageAnnualWage', new Dec(body.areaMonthlyAverageWage).times(12).toFixed(2))
    return new Dec(body.areaMonthlyAverageWage)
  }
  return book.lastYears('averageAnnualWage').div(12)
}

/** 本人工资 as §64 counts it: not under 60% of the area's average, not over 300%. */
function wageBasis(wage: Dec, average: Dec): { basis: Dec; line: CalcLine } {
  const [floor, cap] = [average.times(FLOOR), average.times(CAP)]
  const basis = Dec.min(Dec.max(wage, floor), cap)
  const step: CalcStep = wage.lt(floor) ? 'wageFloor' : wage.gt(cap) ? 'wageCap' : 'wageAsIs'
  const values = { wage: yuan(wage), average: yuan(average), floor: yuan(floor), cap: yuan(cap) }
  return { basis, line: line('wageBasis', 'detail', basis, provision(64, null), step, values) }
}

function disability(grade: number, basis: Dec, book: FigureBook): CalcLine[] {
  const article = articleOfGrade(grade)
  const months = GRANT_MONTHS[grade - 1]
  const lines = [
    line('disabilityGrant', 'sum', basis.times(months), provision(article, 1), 'monthsOfWage', {
      grade: String(grade),
      months: String(months),
      wage: yuan(basis),
    }),
  ]
  if (grade > ALLOWANCE.length) return lines
  const share = new Dec(ALLOWANCE[grade - 1])
  const computed = basis.times(share)
  const minimum = book.inEffect('minimumMonthlyWage')
  const values = { grade: String(grade), percent: percent(share), wage: yuan(basis) }
  const raised = computed.lt(minimum)
  const step: CalcStep = raised ? 'minimumWage' : grade <= 4 ? 'percentOfWage' : 'percentOfWageIfNoWork'
  lines.push(
    line('disabilityAllowance', 'monthly', raised ? minimum : computed, provision(article, 2), step, {
      ...values,
      computed: yuan(computed),
      minimum: yuan(minimum),
    }),
  )
  return lines
}

const PENSION_STEP: Record<string, CalcStep> = {
  spouse: 'pensionSpouse',
  relative: 'pensionRelative',
  'spouse-alone': 'pensionSpouseAlone',
  'relative-alone': 'pensionRelativeAlone',
}

function death(body: WorkInjuryBody, basis: Dec, average: Dec, book: FigureBook): CalcLine[] {
  const income = book.lastYears('nationalUrbanDisposableIncome')
  const lines = [
    line('funeralGrant', 'sum', average.times(6), provision(39, 1), 'monthsOfAverage', {
      months: '6',
      average: yuan(average),
    }),
    line('deathGrant', 'sum', income.times(20), provision(39, 3), 'timesNationalIncome', {
      times: '20',
      income: yuan(income),
      year: String(book.year - 1),
    }),
  ]
  const dependants = body.dependants ?? []
  if (!dependants.length) return lines
  let sum = new Dec(0)
  for (const d of dependants) {
    const share = new Dec(d.relation === 'spouse' ? '0.4' : '0.3').plus(d.alone ? '0.1' : 0)
    const amount = new Dec(yuan(basis.times(share)))
    sum = sum.plus(amount)
    const step = PENSION_STEP[`${d.relation}${d.alone ? '-alone' : ''}`]
    lines.push(
      line('dependantPension', 'detail', amount, provision(39, 2), step, {
        percent: percent(share),
        wage: yuan(basis),
      }),
    )
  }
  const capped = sum.gt(basis)
  lines.push(
    line('pensionTotal', 'monthly', capped ? basis : sum, provision(39, 2), capped ? 'pensionCapped' : 'pensionSum', {
      sum: yuan(sum),
      wage: yuan(basis),
    }),
  )
  return lines
}

/** What the work-injury insurance pays for a disability of a grade, or for a work death. */
export function workInjury(body: WorkInjuryBody, book: FigureBook): CalcLine[] {
  if (body.event === 'disability' && body.grade === undefined)
    throw new AppError('VALIDATION_FAILED', { key: 'calc.gradeRequired' })
  if (body.event === 'disability' && body.dependants?.length)
    throw new AppError('VALIDATION_FAILED', { key: 'calc.dependantsOnlyForDeath' })
  const average = areaMonthly(body, book)
  const { basis, line: basisLine } = wageBasis(new Dec(body.monthlyWage), average)
  const benefits =
    body.event === 'disability' ? disability(body.grade!, basis, book) : death(body, basis, average, book)
  return [basisLine, ...benefits]
}
