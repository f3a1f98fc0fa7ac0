import { z } from 'zod'
import { LocalDay, RecordId } from '../common.js'
import type { RouteTable } from '../route.js'

/** What a 普法 article is about: the client names each topic. */
export const PublicityTopic = z.enum(['family', 'labour', 'land', 'elderly', 'minors', 'fraud', 'consumer', 'lending'])
export type PublicityTopic = z.infer<typeof PublicityTopic>

export const PublicitySummary = z
  .object({
    id: RecordId,
    topic: PublicityTopic,
    title: z.string(),
    /** One or two sentences: what a list and 首页 show. */
    summary: z.string(),
    publishedOn: LocalDay,
  })
  .meta({ id: 'PublicitySummary' })
export type PublicitySummary = z.infer<typeof PublicitySummary>

/** An article it cites, as the library holds it (the link opens it there). */
export const CitedArticle = z.object({ id: RecordId, citation: z.string() }).meta({ id: 'CitedArticle' })
export type CitedArticle = z.infer<typeof CitedArticle>

export const PublicityArticle = PublicitySummary.extend({
  paragraphs: z.array(z.string()),
  /** The articles of law it rests on, in the order it cites them. */
  articles: z.array(CitedArticle),
}).meta({ id: 'PublicityArticle' })
export type PublicityArticle = z.infer<typeof PublicityArticle>

export const PublicityQuery = z.object({ topic: PublicityTopic.optional() })
export const PublicityList = z.object({ items: z.array(PublicitySummary) }).meta({ id: 'PublicityList' })
export type PublicityList = z.infer<typeof PublicityList>

/** 法治宣传: articles by topic; public. */
export const publicityRoutes = {
  publicityList: {
    method: 'get',
    path: '/publicity',
    tag: 'publicity',
    auth: false,
    summary: '法治宣传文章（最新在前）',
    query: PublicityQuery,
    response: PublicityList,
  },
  publicityFeatured: {
    method: 'get',
    path: '/publicity/featured',
    tag: 'publicity',
    auth: false,
    summary: '本月普法：本月选定的文章，没有则为最新一篇',
    response: PublicitySummary,
    errors: ['NOT_FOUND'],
  },
  publicityArticle: {
    method: 'get',
    path: '/publicity/{id}',
    tag: 'publicity',
    auth: false,
    summary: '法治宣传文章',
    params: z.object({ id: RecordId }),
    response: PublicityArticle,
    errors: ['NOT_FOUND'],
  },
} as const satisfies RouteTable
