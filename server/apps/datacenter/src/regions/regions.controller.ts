import { Controller, Get, Param, Query } from '@nestjs/common'
import { DcRegionsQuery, RegionCode, type DcRegion, type DcRegionPath, type DcVillageAdvisers } from '@pocket/contract'
import type { z } from 'zod'
import { ZodPipe } from '../../../../libs/common/src/index.js'
import { RegionsService } from './regions.service.js'

@Controller()
export class RegionsController {
  constructor(private readonly service: RegionsService) {}

  @Get('regions')
  async children(
    @Query(new ZodPipe(DcRegionsQuery)) q: z.infer<typeof DcRegionsQuery>,
  ): Promise<{ items: DcRegion[] }> {
    return { items: await this.service.children(q.parent) }
  }

  @Get('regions/:code')
  path(@Param('code', new ZodPipe(RegionCode)) code: string): Promise<DcRegionPath> {
    return this.service.path(code)
  }

  @Get('villages/:code/advisers')
  advisers(@Param('code', new ZodPipe(RegionCode)) code: string): Promise<DcVillageAdvisers> {
    return this.service.advisers(code)
  }
}
