import { Controller } from '@nestjs/common'
import { dcRoutes, type DcInput, type DcRegion, type DcRegionPath } from '@pocket/contract'
import { Input, Route } from '#common'
import { RegionsService } from './regions.service.js'

@Controller()
export class RegionsController {
  constructor(private readonly service: RegionsService) {}

  @Route(dcRoutes.regions)
  async children(@Input() { query }: DcInput<'regions'>): Promise<{ items: DcRegion[] }> {
    return { items: await this.service.children(query.parent) }
  }

  @Route(dcRoutes.region)
  path(@Input() { params }: DcInput<'region'>): Promise<DcRegionPath> {
    return this.service.path(params.code)
  }
}
