import { z } from 'zod'
import { userText } from '../user-text.js'
import { RecordId } from '../common.js'
import type { RouteTable } from '../route.js'
import { RequestNumber } from './requests.js'

export const RatingTag = z.enum(['态度好', '效率高', '解答清楚', '环境整洁', '等待时间长', '解答不清楚'])
export type RatingTag = z.infer<typeof RatingTag>

export const RatingBody = z
  .object({
    number: RequestNumber,
    score: z.number().int('评分应为1至5分').min(1, '评分应为1至5分').max(5, '评分应为1至5分'),
    tags: z.array(RatingTag).max(6).default([]),
    comment: userText(z.string().trim().max(300, '评价不能超过300个字')).default(''),
  })
  .meta({ id: 'RatingBody' })
export type RatingBody = z.infer<typeof RatingBody>

export const Rating = z
  .object({ score: z.number().int(), tags: z.array(RatingTag), comment: z.string() })
  .meta({ id: 'Rating' })
export type Rating = z.infer<typeof Rating>

export const RatingSummary = z
  .object({ average: z.number().nullable(), count: z.number().int() })
  .meta({ id: 'RatingSummary' })
export type RatingSummary = z.infer<typeof RatingSummary>

/** Satisfaction ratings of completed services. */
export const ratingsRoutes = {
  rate: {
    method: 'post',
    path: '/ratings',
    tag: 'ratings',
    auth: true,
    summary: '评价一次已办结的服务（每项一次）',
    body: RatingBody,
    response: Rating,
    status: 201,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  institutionRating: {
    method: 'get',
    path: '/institutions/{id}/rating',
    tag: 'ratings',
    auth: false,
    summary: '机构的满意度：平均分与评价数',
    params: z.object({ id: RecordId }),
    response: RatingSummary,
  },
} as const satisfies RouteTable
