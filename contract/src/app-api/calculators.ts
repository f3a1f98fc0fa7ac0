import { z } from 'zod'
import { RecordId } from '../common.js'
import type { RouteTable } from '../route.js'
import { yuanProblem } from '../yuan.js'

/** An amount of money in yuan as a decimal string (never a binary float): `150000`, `1234.50`. */
export const Yuan = z
  .string('form.amountRequired')
  .trim()
  .superRefine((text, ctx) => {
    const problem = yuanProblem(text)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text })
  })
  .meta({ id: 'Yuan', example: '150000.00' })

/** An amount a calculator answers: yuan to the fen, two decimals. */
export const YuanOut = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .meta({ id: 'YuanOut', example: '3300.00' })

const Grade = z.number('form.grade').int('form.grade').min(1, 'form.grade').max(10, 'form.grade')
const Age = z.number('form.age').int('form.age').min(0, 'form.age').max(150, 'form.ageTooLarge')
/** The year the figures are for (the year of the trial or of the death); this year when left out. */
const CalcYear = z.number('form.calcYear').int('form.calcYear').min(2000, 'form.calcYear').max(2100, 'form.calcYear')

export const LitigationCaseKind = z.enum(
  ['property', 'divorce', 'personality', 'labour', 'ip', 'administrative', 'enforcement', 'preservation'],
  'form.caseKind',
)
export type LitigationCaseKind = z.infer<typeof LitigationCaseKind>

/** 简易程序 halves the case fee (§16); so does ending by mediation or withdrawal (§15). */
export const LitigationProcedure = z.enum(['ordinary', 'simplified', 'mediated'], 'form.procedure')
export type LitigationProcedure = z.infer<typeof LitigationProcedure>

export const LitigationFeeBody = z
  .object({
    caseKind: LitigationCaseKind,
    /** The amount claimed (property, IP), the property to divide (divorce), the damages (personality), to enforce or to preserve. */
    amount: Yuan.optional(),
    procedure: LitigationProcedure.optional(),
    /** Administrative cases: trademark, patent and maritime ones pay 100 yuan, the rest 50 (§13(五)). */
    administrativeKind: z.enum(['trademark-patent-maritime', 'other'], 'form.invalid').optional(),
    /** The per-case fee the person's court announced, within the range the 办法 allows (kinds with a range). */
    caseFee: Yuan.optional(),
  })
  .meta({ id: 'LitigationFeeBody' })
export type LitigationFeeBody = z.input<typeof LitigationFeeBody>

export const WorkInjuryDependant = z.object({
  relation: z.enum(['spouse', 'relative'], 'form.relation'),
  /** 孤寡老人 or 孤儿: ten points more (§39(二)). */
  alone: z.boolean().default(false),
})

export const WorkInjuryBody = z
  .object({
    event: z.enum(['disability', 'death'], 'form.injuryEvent'),
    /** 伤残等级 1–10; a disability needs it. */
    grade: Grade.optional(),
    /** 本人工资: the average monthly contribution wage of the twelve months before (§64). */
    monthlyWage: Yuan,
    /** 统筹地区职工月平均工资, when the person knows their area's figure; else the data center's. */
    areaMonthlyAverageWage: Yuan.optional(),
    year: CalcYear.optional(),
    /** 供养亲属 of a worker who died. */
    dependants: z.array(WorkInjuryDependant).max(10, 'form.dependantsTooMany').default([]),
  })
  .meta({ id: 'WorkInjuryBody' })
export type WorkInjuryBody = z.input<typeof WorkInjuryBody>

export const InjuryDependant = z.object({
  age: Age,
  /** How many people support them, the injured person included (they pay only their share). */
  supporters: z.number('form.supporters').int('form.supporters').min(1, 'form.supporters').max(20, 'form.supporters'),
})

export const PersonalInjuryBody = z
  .object({
    event: z.enum(['death', 'disability'], 'form.injuryEvent'),
    age: Age,
    grade: Grade.optional(),
    /** 被扶养人: minors, and adults who cannot work and have no other income. */
    dependants: z.array(InjuryDependant).max(10, 'form.dependantsTooMany').default([]),
    /** Figures the person's court announced, in place of the data center's. */
    figures: z
      .object({
        urbanDisposableIncome: Yuan.optional(),
        urbanConsumption: Yuan.optional(),
        averageAnnualWage: Yuan.optional(),
      })
      .default({}),
    /** 误工费 and 护理费 as the person reckons them (§7, §8). */
    lostEarnings: Yuan.optional(),
    nursing: Yuan.optional(),
    year: CalcYear.optional(),
  })
  .meta({ id: 'PersonalInjuryBody' })
export type PersonalInjuryBody = z.input<typeof PersonalInjuryBody>

/** The laws the calculators apply; the client names them. */
export const CalcLaw = z.enum(['litigationFees', 'workInjury', 'personalInjury'])
export type CalcLaw = z.infer<typeof CalcLaw>

/** What a line of the answer is: each has a name in the client's language (`calc.item.<name>`). */
export const CalcItemName = z.enum([
  'feeBand',
  'caseFee',
  'applicationFee',
  'feeCap',
  'feeHalved',
  'wageBasis',
  'disabilityGrant',
  'disabilityAllowance',
  'funeralGrant',
  'deathGrant',
  'dependantPension',
  'pensionTotal',
  'deathCompensation',
  'disabilityCompensation',
  'funeral',
  'dependantLiving',
  'dependantsTotal',
  'lostEarnings',
  'nursing',
])
export type CalcItemName = z.infer<typeof CalcItemName>

/**
 * How a line was worked out, said in the client's language (`calc.step.<step>`) with these values:
 * amounts in yuan as decimal strings, rates as `2.5%`, counts as digits.
 */
export const CalcStep = z.enum([
  'bandFirst',
  'band',
  'bandAbove',
  'perCase',
  'perCaseRange',
  'capped',
  'half',
  'wageAsIs',
  'wageFloor',
  'wageCap',
  'monthsOfWage',
  'percentOfWage',
  'percentOfWageIfNoWork',
  'minimumWage',
  'monthsOfAverage',
  'timesNationalIncome',
  'pensionSpouse',
  'pensionRelative',
  'pensionSpouseAlone',
  'pensionRelativeAlone',
  'pensionSum',
  'pensionCapped',
  'incomeYears',
  'incomeYearsGrade',
  'halfYearWage',
  'dependantMinor',
  'dependantAdult',
  'dependantsSum',
  'dependantsCapped',
  'entered',
])
export type CalcStep = z.infer<typeof CalcStep>

/** `sum` lines add up to the total; `monthly` ones are paid each month; `detail` says how a figure was reached. */
export const CalcItemKind = z.enum(['sum', 'monthly', 'detail'])
export type CalcItemKind = z.infer<typeof CalcItemKind>

export const CalcProvision = z
  .object({
    law: CalcLaw,
    article: z.number().int(),
    /** 项, as the article numbers them; null for the whole article. */
    clause: z.number().int().nullable(),
    /** The article in the law library, when the library holds that law. */
    articleId: RecordId.nullable(),
  })
  .meta({ id: 'CalcProvision' })
export type CalcProvision = z.infer<typeof CalcProvision>

export const CalcItem = z
  .object({
    name: CalcItemName,
    kind: CalcItemKind,
    amount: YuanOut,
    provision: CalcProvision,
    arithmetic: z.object({ step: CalcStep, values: z.record(z.string(), z.string()) }),
  })
  .meta({ id: 'CalcItem' })
export type CalcItem = z.infer<typeof CalcItem>

/** A published figure a calculation needs (a statistic of a year, or a provincial setting). */
export const CalcFigureName = z.enum([
  'nationalUrbanDisposableIncome',
  'urbanDisposableIncome',
  'urbanConsumption',
  'averageAnnualWage',
  'minimumMonthlyWage',
  'divorceFee',
  'personalityFee',
  'ipFee',
  'enforcementFee',
])
export type CalcFigureName = z.infer<typeof CalcFigureName>

export const CalcFigure = z
  .object({
    name: CalcFigureName,
    value: YuanOut,
    /** The statistical year of the figure, or the year a setting took effect. */
    year: z.number().int(),
    scope: z.enum(['national', 'province']),
    source: z.string(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'CalcFigure' })
export type CalcFigure = z.infer<typeof CalcFigure>

/** A figure as a calculation used it: the data center's, or the one the person entered (`entered`). */
export const CalcFigureUsed = CalcFigure.extend({
  entered: z.boolean(),
  /** The year the rule asks for; later than `year` when that year's figure is not yet published. */
  wanted: z.number().int(),
}).meta({ id: 'CalcFigureUsed' })
export type CalcFigureUsed = z.infer<typeof CalcFigureUsed>

export const CalcResult = z
  .object({
    /** The `sum` lines added up, yuan to the fen. */
    total: YuanOut,
    items: z.array(CalcItem),
    figures: z.array(CalcFigureUsed),
  })
  .meta({ id: 'CalcResult' })
export type CalcResult = z.infer<typeof CalcResult>

export const CalcFigureList = z.object({ items: z.array(CalcFigure) }).meta({ id: 'CalcFigureList' })
export type CalcFigureList = z.infer<typeof CalcFigureList>

const calc = <B extends z.ZodType>(path: string, body: B) =>
  ({ method: 'post', path, tag: 'calculators', auth: false, body, response: CalcResult, status: 200 }) as const

/** Legal calculators: public, the same figures for every channel. */
export const calculatorsRoutes = {
  calculatorFigures: {
    method: 'get',
    path: '/calculators/figures',
    tag: 'calculators',
    auth: false,
    summary: '计算器所用的统计数据与本省标准',
    response: CalcFigureList,
  },
  litigationFee: { ...calc('/calculators/litigation-fee', LitigationFeeBody), summary: '诉讼费计算' },
  workInjury: { ...calc('/calculators/work-injury', WorkInjuryBody), summary: '工伤保险待遇计算' },
  personalInjury: { ...calc('/calculators/personal-injury', PersonalInjuryBody), summary: '人身损害赔偿计算' },
} as const satisfies RouteTable
