import { Controller } from '@nestjs/common'
import { dcRoutes, type DcCatalogItem, type DcCatalogSummary, type DcInput } from '@pocket/contract'
import { Input, notFound, Route } from '#common'
import { CatalogRepository } from './catalog.repository.js'

@Controller()
export class CatalogController {
  constructor(private readonly repo: CatalogRepository) {}

  @Route(dcRoutes.catalogItems)
  async list(): Promise<{ items: DcCatalogSummary[] }> {
    return { items: await this.repo.list() }
  }

  @Route(dcRoutes.catalogItem)
  async get(@Input() { params }: DcInput<'catalogItem'>): Promise<DcCatalogItem> {
    return (await this.repo.get(params.code)) ?? notFound('serviceItem')
  }
}
