import { Injectable } from '@nestjs/common'
import type { DcRegion, DcRegionPath } from '@pocket/contract'
import { AppError } from '#common'
import { RegionsRepository } from './regions.repository.js'

/** The province's places, as other domains read them; the regions domain's façade. */
@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  children(parent: string | undefined): Promise<DcRegion[]> {
    return this.regions.children(parent)
  }

  async path(code: string): Promise<DcRegionPath> {
    const path = await this.regions.path(code)
    if (!path) throw new AppError('NOT_FOUND', { key: 'notFound.region' })
    return path
  }

  /** A village that exists and has an adviser, or VILLAGE_INVALID. */
  async village(code: string): Promise<DcRegionPath> {
    const path = await this.regions.path(code)
    if (!path || path.level !== 'village') throw new AppError('VILLAGE_INVALID', { key: 'village.pickVillage' })
    return path
  }
}
