import { z } from 'zod'
import {
  CalcFigure,
  CalcFigureList,
  CalcFigureName,
  CalcResult,
  LitigationFeeBody,
  PersonalInjuryBody,
  WorkInjuryBody,
  Yuan,
} from '../app-api/calculators.js'
import type { RouteTable } from '../route.js'

/** A figure as operators publish it: a year's statistic or a setting, with where it comes from. */
export const CalcFigureBody = z
  .object({
    value: Yuan,
    scope: CalcFigure.shape.scope,
    source: z.string().trim().min(1, 'form.figureSource').max(200, 'form.figureSource'),
    isDemo: z.boolean().default(false),
  })
  .meta({ id: 'CalcFigureBody' })

const calc = <B extends z.ZodType>(path: string, body: B) =>
  ({ method: 'post', path, tag: 'calculators', auth: true, body, response: CalcResult, status: 200 }) as const

export const dcCalculatorsRoutes = {
  calculatorFigures: {
    method: 'get',
    path: '/calculators/figures',
    tag: 'calculators',
    auth: true,
    summary: 'The figures the calculators use, each year kept',
    response: CalcFigureList,
  },
  putCalculatorFigure: {
    method: 'put',
    path: '/calculators/figures/{name}/{year}',
    tag: 'calculators',
    auth: true,
    summary: "Publish a year's figure, or correct it (system actor; audited)",
    params: z.object({
      name: CalcFigureName,
      year: z.coerce.number().int().min(2000, 'form.calcYear').max(2100, 'form.calcYear'),
    }),
    body: CalcFigureBody,
    response: CalcFigure,
    errors: ['FORBIDDEN'],
  },
  litigationFee: {
    ...calc('/calculators/litigation-fee', LitigationFeeBody),
    summary: 'Litigation fees (诉讼费用交纳办法)',
  },
  workInjury: { ...calc('/calculators/work-injury', WorkInjuryBody), summary: 'Work-injury benefits (工伤保险条例)' },
  personalInjury: {
    ...calc('/calculators/personal-injury', PersonalInjuryBody),
    summary: 'Personal-injury damages (法释〔2022〕14号)',
  },
} as const satisfies RouteTable
