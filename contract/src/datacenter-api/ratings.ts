import { z } from 'zod'
import { RecordId } from '../common.js'
import { Rating, RatingBody, RatingSummary } from '../app-api/ratings.js'
import type { RouteTable } from '../route.js'

export const dcRatingsRoutes = {
  rate: {
    method: 'post',
    path: '/ratings',
    tag: 'ratings',
    auth: true,
    summary: 'The acting resident rates their completed request, once',
    body: RatingBody,
    response: Rating,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  institutionRating: {
    method: 'get',
    path: '/institutions/{id}/rating',
    tag: 'ratings',
    auth: true,
    summary: 'Average score and count of an institution',
    params: z.object({ id: RecordId }),
    response: RatingSummary,
  },
} as const satisfies RouteTable
