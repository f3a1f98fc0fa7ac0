import type { CalcFigureName, LitigationCaseKind, LitigationFeeBody } from '@pocket/contract'
import { AppError } from '#common/app-error.js'
import { Dec, line, yuan, percent, type CalcLine, type Provision } from './calc-lines.js'
import type { FigureBook } from './figure-book.js'

// 诉讼费用交纳办法 (国务院令第481号): case fees (§13), application fees (§14), halving (§15, §16).

/** Amounts up to `upTo` pay `rate` on the part above the band before (null: no upper end). */
type Band = readonly [upTo: number | null, rate: string]

/** What is paid from `from` up: a fixed fee for the first part (if any), then each band's rate. */
interface Schedule {
  from: number
  firstFee?: number
  bands: readonly Band[]
  /** The most the whole fee may be (保全, §14(二)). */
  cap?: number
}

const PROPERTY: Schedule = {
  from: 10_000,
  firstFee: 50,
  bands: [
    [100_000, '0.025'],
    [200_000, '0.02'],
    [500_000, '0.015'],
    [1_000_000, '0.01'],
    [2_000_000, '0.009'],
    [5_000_000, '0.008'],
    [10_000_000, '0.007'],
    [20_000_000, '0.006'],
    [null, '0.005'],
  ],
}
const DIVORCE_PROPERTY: Schedule = { from: 200_000, bands: [[null, '0.005']] }
const PERSONALITY_DAMAGES: Schedule = {
  from: 50_000,
  bands: [
    [100_000, '0.01'],
    [null, '0.005'],
  ],
}
const ENFORCEMENT: Schedule = {
  from: 10_000,
  firstFee: 50,
  bands: [
    [500_000, '0.015'],
    [5_000_000, '0.01'],
    [10_000_000, '0.005'],
    [null, '0.001'],
  ],
}
const PRESERVATION: Schedule = {
  from: 1_000,
  firstFee: 30,
  bands: [
    [100_000, '0.01'],
    [null, '0.005'],
  ],
  cap: 5_000,
}

/** The per-case fees the 办法 gives as a range, which each province fixes (§13 last paragraph). */
const RANGES: Partial<Record<LitigationCaseKind, { figure: CalcFigureName; min: number; max: number }>> = {
  divorce: { figure: 'divorceFee', min: 50, max: 300 },
  personality: { figure: 'personalityFee', min: 100, max: 500 },
  ip: { figure: 'ipFee', min: 500, max: 1000 },
  enforcement: { figure: 'enforcementFee', min: 50, max: 500 },
}

const PROVISION: Record<LitigationCaseKind, Provision> = {
  property: { law: 'litigationFees', article: 13, clause: 1 },
  divorce: { law: 'litigationFees', article: 13, clause: 2 },
  personality: { law: 'litigationFees', article: 13, clause: 2 },
  ip: { law: 'litigationFees', article: 13, clause: 3 },
  labour: { law: 'litigationFees', article: 13, clause: 4 },
  administrative: { law: 'litigationFees', article: 13, clause: 5 },
  enforcement: { law: 'litigationFees', article: 14, clause: 1 },
  preservation: { law: 'litigationFees', article: 14, clause: 2 },
}

const APPLICATIONS: readonly LitigationCaseKind[] = ['enforcement', 'preservation']

/** The lines of a schedule for an amount: each band the amount reaches, then the cap if it bites. */
export function banded(amount: Dec, schedule: Schedule, provision: Provision): CalcLine[] {
  const lines: CalcLine[] = []
  const from = new Dec(schedule.from)
  if (schedule.firstFee !== undefined) {
    const fee = new Dec(schedule.firstFee)
    lines.push(line('feeBand', 'sum', fee, provision, 'bandFirst', { to: yuan(from), fee: yuan(fee) }))
  }
  let lower = from
  for (const [upTo, rate] of schedule.bands) {
    if (amount.lte(lower)) break
    const upper = upTo === null ? null : new Dec(upTo)
    const base = upper && amount.gt(upper) ? upper.minus(lower) : amount.minus(lower)
    const r = new Dec(rate)
    const values = { from: yuan(lower), base: yuan(base), rate: percent(r) }
    lines.push(
      upper
        ? line('feeBand', 'sum', base.times(r), provision, 'band', { ...values, to: yuan(upper) })
        : line('feeBand', 'sum', base.times(r), provision, 'bandAbove', values),
    )
    if (!upper) break
    lower = upper
  }
  const sum = lines.reduce((s, l) => s.plus(l.amount), new Dec(0))
  if (schedule.cap !== undefined && sum.gt(schedule.cap)) {
    const cap = new Dec(schedule.cap)
    lines.push(line('feeCap', 'sum', cap.minus(sum), provision, 'capped', { fee: yuan(sum), cap: yuan(cap) }))
  }
  return lines
}

function caseFee(kind: LitigationCaseKind, body: LitigationFeeBody, book: FigureBook): CalcLine {
  const range = RANGES[kind]!
  if (body.caseFee !== undefined) {
    const entered = new Dec(body.caseFee)
    if (entered.lt(range.min) || entered.gt(range.max))
      throw new AppError('VALIDATION_FAILED', {
        key: 'calc.caseFeeRange',
        params: { min: String(range.min), max: String(range.max) },
      })
  }
  const fee = book.inEffect(range.figure, body.caseFee)
  const values = { fee: yuan(fee), min: yuan(new Dec(range.min)), max: yuan(new Dec(range.max)) }
  const name = APPLICATIONS.includes(kind) ? 'applicationFee' : 'caseFee'
  return line(name, 'sum', fee, PROVISION[kind], 'perCaseRange', values)
}

function fixed(kind: LitigationCaseKind, fee: number): CalcLine {
  return line('caseFee', 'sum', new Dec(fee), PROVISION[kind], 'perCase', { fee: yuan(new Dec(fee)) })
}

function needAmount(body: LitigationFeeBody): Dec {
  if (body.amount === undefined) throw new AppError('VALIDATION_FAILED', { key: 'form.amountRequired' })
  return new Dec(body.amount)
}

function feeLines(body: LitigationFeeBody, book: FigureBook): CalcLine[] {
  const kind = body.caseKind
  const amount = body.amount === undefined ? undefined : new Dec(body.amount)
  switch (kind) {
    case 'property':
      return banded(needAmount(body), PROPERTY, PROVISION.property)
    case 'divorce':
      return [caseFee(kind, body, book), ...(amount ? banded(amount, DIVORCE_PROPERTY, PROVISION.divorce) : [])]
    case 'personality':
      return [caseFee(kind, body, book), ...(amount ? banded(amount, PERSONALITY_DAMAGES, PROVISION.personality) : [])]
    case 'ip':
      return amount ? banded(amount, PROPERTY, PROVISION.ip) : [caseFee(kind, body, book)]
    case 'labour':
      return [fixed(kind, 10)]
    case 'administrative':
      return [fixed(kind, body.administrativeKind === 'trademark-patent-maritime' ? 100 : 50)]
    case 'enforcement':
      return amount ? banded(amount, ENFORCEMENT, PROVISION.enforcement) : [caseFee(kind, body, book)]
    case 'preservation':
      return banded(amount ?? new Dec(0), PRESERVATION, PROVISION.preservation)
  }
}

/** The fee a case or an application costs, line by line; a case fee halved for 简易程序 or mediation. */
export function litigationFee(body: LitigationFeeBody, book: FigureBook): CalcLine[] {
  const procedure = body.procedure ?? 'ordinary'
  if (APPLICATIONS.includes(body.caseKind) && procedure !== 'ordinary')
    throw new AppError('VALIDATION_FAILED', { key: 'calc.procedureNotApplicable' })
  const lines = feeLines(body, book)
  if (procedure === 'ordinary') return lines
  const fee = lines.reduce((s, l) => s.plus(l.amount), new Dec(0))
  // What is paid is half the fee, to the fen; the line takes off the rest.
  const kept = new Dec(yuan(fee.div(2)))
  const provision: Provision = { law: 'litigationFees', article: procedure === 'simplified' ? 16 : 15, clause: null }
  return [...lines, line('feeHalved', 'sum', kept.minus(fee), provision, 'half', { fee: yuan(fee), paid: yuan(kept) })]
}
