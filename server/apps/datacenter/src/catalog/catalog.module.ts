import { Module } from '@nestjs/common'
import { CatalogController } from './catalog.controller.js'
import { CatalogRepository } from './catalog.repository.js'
import { CatalogService } from './catalog.service.js'

@Module({
  controllers: [CatalogController],
  providers: [CatalogRepository, CatalogService],
  // The façade, never the repository.
  exports: [CatalogService],
})
export class CatalogModule {}
