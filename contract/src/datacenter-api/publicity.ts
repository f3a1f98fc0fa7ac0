import { z } from 'zod'
import { LocalDay, RecordId } from '../common.js'
import {
  PublicityArticle,
  PublicityList,
  PublicityQuery,
  PublicitySummary,
  PublicityTopic,
} from '../app-api/publicity.js'
import type { RouteTable } from '../route.js'

const Line = z.string().trim().min(1, 'form.publicityText').max(2000, 'form.publicityText')

/** An article as operators publish it: its citations are `<law short title> <number>` of laws in force. */
export const PublicityArticleBody = z
  .object({
    topic: PublicityTopic,
    title: Line.max(60, 'form.publicityText'),
    summary: Line.max(200, 'form.publicityText'),
    paragraphs: z.array(Line).min(1, 'form.publicityText').max(30, 'form.publicityText'),
    citations: z.array(z.string().trim().min(1).max(80)).max(10, 'form.publicityText'),
    publishedOn: LocalDay,
    /** The month it is 本月普法 (YYYY-MM), if any. */
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'form.publicityText')
      .nullable()
      .default(null),
  })
  .meta({ id: 'PublicityArticleBody' })
export type PublicityArticleBody = z.infer<typeof PublicityArticleBody>

export const dcPublicityRoutes = {
  publicityList: {
    method: 'get',
    path: '/publicity',
    tag: 'publicity',
    auth: true,
    summary: 'Articles, newest first',
    query: PublicityQuery,
    response: PublicityList,
  },
  publicityFeatured: {
    method: 'get',
    path: '/publicity/featured',
    tag: 'publicity',
    auth: true,
    summary: "This month's article, else the newest",
    response: PublicitySummary,
    errors: ['NOT_FOUND'],
  },
  publicityArticle: {
    method: 'get',
    path: '/publicity/{id}',
    tag: 'publicity',
    auth: true,
    summary: 'An article, its citations resolved to the library',
    params: z.object({ id: RecordId }),
    response: PublicityArticle,
    errors: ['NOT_FOUND'],
  },
  putPublicityArticle: {
    method: 'put',
    path: '/publicity/{id}',
    tag: 'publicity',
    auth: true,
    summary: 'Publish or correct an article (system actor; audited; every citation must be in the library)',
    params: z.object({ id: RecordId }),
    body: PublicityArticleBody,
    response: PublicityArticle,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
