import { Inject, Injectable } from '@nestjs/common'
import type { DcCatalogItem, DcCatalogSummary } from '@pocket/contract'
import { asc, eq } from 'drizzle-orm'
import { DB, type Db } from '../db/database.js'
import { catalogItems } from '../db/schema.js'

const summaryColumns = {
  code: catalogItems.code,
  category: catalogItems.category,
  name: catalogItems.name,
  summary: catalogItems.summary,
}
const columns = { ...summaryColumns, guide: catalogItems.guide }

@Injectable()
export class CatalogRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  list(): Promise<DcCatalogSummary[]> {
    return this.db.select(summaryColumns).from(catalogItems).orderBy(asc(catalogItems.sort))
  }

  async get(code: string): Promise<DcCatalogItem | null> {
    const [row] = await this.db.select(columns).from(catalogItems).where(eq(catalogItems.code, code))
    return row ?? null
  }
}
