import { Injectable } from '@nestjs/common'
import type { DcCatalogItem, DcCatalogSummary } from '@pocket/contract'
import { asc, eq } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { catalogItems } from './catalog.schema.js'

const summaryColumns = {
  code: catalogItems.code,
  category: catalogItems.category,
  name: catalogItems.name,
  summary: catalogItems.summary,
}
const columns = { ...summaryColumns, guide: catalogItems.guide }

@Injectable()
export class CatalogRepository {
  constructor(private readonly db: DbContext) {}

  list(): Promise<DcCatalogSummary[]> {
    return this.db.q.select(summaryColumns).from(catalogItems).orderBy(asc(catalogItems.sort))
  }

  async get(code: string): Promise<DcCatalogItem | null> {
    const [row] = await this.db.q.select(columns).from(catalogItems).where(eq(catalogItems.code, code))
    return row ?? null
  }
}
