import { z } from 'zod'
import { userText } from '../user-text.js'
import { RecordId } from '../common.js'
import { RATING_TAGS } from '../constants.js'
import type { RouteTable } from '../route.js'
import { RequestNumber } from './requests.js'

export const RatingTag = z.enum(RATING_TAGS)
export type RatingTag = z.infer<typeof RatingTag>

export const RatingBody = z
  .object({
    number: RequestNumber,
    score: z.number().int('form.score').min(1, 'form.score').max(5, 'form.score'),
    tags: z.array(RatingTag).max(6).default([]),
    comment: userText(z.string().trim().max(300, 'form.ratingCommentTooLong')).default(''),
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
