import { Inject, Injectable } from '@nestjs/common'
import type { DcCatalogItem } from '@pocket/contract'
import { asc, eq } from 'drizzle-orm'
import { DB, type Db } from '../db/database.js'
import { catalogItems } from '../db/schema.js'

const columns = {
  code: catalogItems.code,
  category: catalogItems.category,
  name: catalogItems.name,
  summary: catalogItems.summary,
  guide: catalogItems.guide,
}

@Injectable()
export class CatalogRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  list(): Promise<DcCatalogItem[]> {
    return this.db.select(columns).from(catalogItems).orderBy(asc(catalogItems.sort))
  }

  async get(code: string): Promise<DcCatalogItem | null> {
    const [row] = await this.db.select(columns).from(catalogItems).where(eq(catalogItems.code, code))
    return row ?? null
  }
}
