import { z } from 'zod'
import { listOf, RecordId } from '../common.js'
import { CatalogCategory, ServiceGuide } from '../app-api/catalog.js'
import type { RouteTable } from '../route.js'

export const DcCatalogItem = z
  .object({
    code: z.string(),
    category: CatalogCategory,
    name: z.string(),
    summary: z.string(),
    guide: ServiceGuide,
  })
  .meta({ id: 'DcCatalogItem' })
export type DcCatalogItem = z.infer<typeof DcCatalogItem>

export const DcCatalogSummary = DcCatalogItem.omit({ guide: true }).meta({ id: 'DcCatalogSummary' })
export type DcCatalogSummary = z.infer<typeof DcCatalogSummary>

export const dcCatalogRoutes = {
  catalogItems: {
    method: 'get',
    path: '/catalog/items',
    tag: 'catalog',
    auth: true,
    summary: 'Service catalogue (summaries; the guide comes with each item)',
    response: listOf(DcCatalogSummary).meta({ id: 'DcCatalogSummaryList' }),
  },
  catalogItem: {
    method: 'get',
    path: '/catalog/items/{code}',
    tag: 'catalog',
    auth: true,
    summary: 'A service item with its guide',
    params: z.object({ code: RecordId }),
    response: DcCatalogItem,
    errors: ['NOT_FOUND'],
  },
} as const satisfies RouteTable
