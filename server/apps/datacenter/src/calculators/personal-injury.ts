import type { CalcStep, PersonalInjuryBody } from '@pocket/contract'
import { AppError } from '#common/app-error.js'
import { Dec, line, yuan, type CalcLine, type Provision } from './calc-lines.js'
import type { FigureBook } from './figure-book.js'

// 最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释 (法释〔2022〕14号): one standard for
// town and country; 误工费 §7, 护理费 §8, 残疾赔偿金 §12, 丧葬费 §14, 死亡赔偿金 §15, 被扶养人生活费 §17.

const provision = (article: number): Provision => ({ law: 'personalInjury', article, clause: null })

/** Twenty years; a year less for each year of age over 60; five years from 75 (§12, §15, §17). */
export function yearsFor(age: number): number {
  return age < 60 ? 20 : age < 75 ? 80 - age : 5
}

/** A minor is supported until 18; an adult who cannot work, as long as §17 counts for their age. */
const dependantYears = (age: number) => (age < 18 ? 18 - age : yearsFor(age))

/** The share of 残疾赔偿金 a grade carries: grade 1 all of it, each grade after a tenth less. */
const gradeShare = (grade: number) => new Dec(11 - grade).div(10)

function dependants(body: PersonalInjuryBody, share: Dec, book: FigureBook): CalcLine[] {
  const list = body.dependants ?? []
  if (!list.length) return []
  const consumption = book.lastYears('urbanConsumption', body.figures?.urbanConsumption)
  const each = list.map((d) => ({
    ...d,
    years: dependantYears(d.age),
    yearly: consumption.div(d.supporters).times(share),
  }))
  const lines = each.map((d) => {
    const step: CalcStep = d.age < 18 ? 'dependantMinor' : 'dependantAdult'
    return line('dependantLiving', 'detail', d.yearly.times(d.years), provision(17), step, {
      age: String(d.age),
      years: String(d.years),
      consumption: yuan(consumption),
      supporters: String(d.supporters),
      share: share.toString(),
    })
  })
  // Year by year, the dependants' amounts together never exceed one year's consumption (§17).
  const cap = consumption.times(share)
  let total = new Dec(0)
  let cappedYears = 0
  for (let year = 1; year <= Math.max(...each.map((d) => d.years)); year++) {
    const owed = each.filter((d) => d.years >= year).reduce((s, d) => s.plus(d.yearly), new Dec(0))
    if (owed.gt(cap)) cappedYears++
    total = total.plus(Dec.min(owed, cap))
  }
  const values = { cap: yuan(cap), years: String(cappedYears) }
  lines.push(
    line('dependantsTotal', 'sum', total, provision(17), cappedYears ? 'dependantsCapped' : 'dependantsSum', values),
  )
  return lines
}

/** The damages for a death or a disability caused by a tort, as the 2022 interpretation reckons them. */
export function personalInjury(body: PersonalInjuryBody, book: FigureBook): CalcLine[] {
  if (body.event === 'disability' && body.grade === undefined)
    throw new AppError('VALIDATION_FAILED', { key: 'calc.gradeRequired' })
  const figures = body.figures ?? {}
  const income = book.lastYears('urbanDisposableIncome', figures.urbanDisposableIncome)
  const years = yearsFor(body.age)
  const lines: CalcLine[] = []
  const share = body.event === 'death' ? new Dec(1) : gradeShare(body.grade!)
  if (body.event === 'death') {
    lines.push(
      line('deathCompensation', 'sum', income.times(years), provision(15), 'incomeYears', {
        income: yuan(income),
        years: String(years),
        age: String(body.age),
      }),
    )
    const wage = book.lastYears('averageAnnualWage', figures.averageAnnualWage)
    lines.push(line('funeral', 'sum', wage.div(2), provision(14), 'halfYearWage', { wage: yuan(wage) }))
  } else {
    lines.push(
      line('disabilityCompensation', 'sum', income.times(years).times(share), provision(12), 'incomeYearsGrade', {
        income: yuan(income),
        years: String(years),
        age: String(body.age),
        grade: String(body.grade),
        share: share.toString(),
      }),
    )
  }
  lines.push(...dependants(body, share, book))
  if (body.lostEarnings !== undefined)
    lines.push(line('lostEarnings', 'sum', new Dec(body.lostEarnings), provision(7), 'entered', {}))
  if (body.nursing !== undefined) lines.push(line('nursing', 'sum', new Dec(body.nursing), provision(8), 'entered', {}))
  return lines
}
