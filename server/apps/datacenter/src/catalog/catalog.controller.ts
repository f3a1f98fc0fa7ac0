import { Controller, Get, Param } from '@nestjs/common'
import type { DcCatalogItem, DcCatalogSummary } from '@pocket/contract'
import { notFound } from '../directory/directory.controller.js'
import { CatalogRepository } from './catalog.repository.js'

@Controller('catalog/items')
export class CatalogController {
  constructor(private readonly repo: CatalogRepository) {}

  @Get()
  async list(): Promise<{ items: DcCatalogSummary[] }> {
    return { items: await this.repo.list() }
  }

  @Get(':code')
  async get(@Param('code') code: string): Promise<DcCatalogItem> {
    return (await this.repo.get(code)) ?? notFound('服务事项')
  }
}
