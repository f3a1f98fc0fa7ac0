import { z } from 'zod'
import { RecordId } from '../common.js'
import type { RouteTable } from '../route.js'

export const CatalogCategory = z.enum([
  'legal_aid',
  'mediation',
  'notarization',
  'judicial_appraisal',
  'lawyer_consult',
  'legal_consult',
])
export type CatalogCategory = z.infer<typeof CatalogCategory>

export const ServiceGuide = z
  .object({
    legalBasis: z.array(z.string()),
    conditions: z.array(z.string()),
    materials: z.array(z.string()),
    steps: z.array(z.string()),
    /** e.g. 受理之日起7个工作日内作出决定 */
    timeLimit: z.string(),
    fees: z.string(),
  })
  .meta({ id: 'ServiceGuide' })
export type ServiceGuide = z.infer<typeof ServiceGuide>

export const CatalogItemSummary = z
  .object({
    code: z.string(),
    category: CatalogCategory,
    name: z.string(),
    summary: z.string(),
  })
  .meta({ id: 'CatalogItemSummary' })
export type CatalogItemSummary = z.infer<typeof CatalogItemSummary>

export const CatalogItem = CatalogItemSummary.extend({ guide: ServiceGuide }).meta({
  id: 'CatalogItem',
})
export type CatalogItem = z.infer<typeof CatalogItem>

export const CatalogList = z.object({ items: z.array(CatalogItemSummary) }).meta({ id: 'CatalogList' })
export type CatalogList = z.infer<typeof CatalogList>

/** The service catalogue with its guides. */
export const catalogRoutes = {
  catalogItems: {
    method: 'get',
    path: '/catalog/items',
    tag: 'catalog',
    auth: false,
    summary: '服务事项目录',
    response: CatalogList,
  },
  catalogItem: {
    method: 'get',
    path: '/catalog/items/{code}',
    tag: 'catalog',
    auth: false,
    summary: '服务事项及办事指南',
    params: z.object({ code: RecordId }),
    response: CatalogItem,
  },
} as const satisfies RouteTable
