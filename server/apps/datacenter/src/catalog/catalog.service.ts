import { Injectable } from '@nestjs/common'
import type { DcCatalogItem } from '@pocket/contract'
import { CatalogRepository } from './catalog.repository.js'

/** The catalogue of services as other domains read it; the catalog domain's façade. */
@Injectable()
export class CatalogService {
  constructor(private readonly repo: CatalogRepository) {}

  item(code: string): Promise<DcCatalogItem | null> {
    return this.repo.get(code)
  }
}
