import { Injectable } from '@nestjs/common'
import type { DcRegion, DcRegionPath, DcVillageAdvisers } from '@pocket/contract'
import { AppError } from '#common'
import { DirectoryService } from '../directory/directory.service.js'
import { RegionsRepository } from './regions.repository.js'

@Injectable()
export class RegionsService {
  constructor(
    private readonly regions: RegionsRepository,
    private readonly directory: DirectoryService,
  ) {}

  children(parent: string | undefined): Promise<DcRegion[]> {
    return this.regions.children(parent)
  }

  async path(code: string): Promise<DcRegionPath> {
    const path = await this.regions.path(code)
    if (!path) throw new AppError('NOT_FOUND', '找不到该行政区划')
    return path
  }

  /** A village that exists and has an adviser, or VILLAGE_INVALID. */
  async village(code: string): Promise<DcRegionPath> {
    const path = await this.regions.path(code)
    if (!path || path.level !== 'village') throw new AppError('VILLAGE_INVALID', '请选择到村（社区）一级')
    return path
  }

  async advisers(villageCode: string): Promise<DcVillageAdvisers> {
    const village = await this.village(villageCode)
    const assignment = await this.regions.assignment(villageCode)
    if (!assignment) throw new AppError('NOT_FOUND', '该村（社区）暂未配备法律顾问')
    const [adviser, backup] = await Promise.all([
      this.directory.person(assignment.adviserId),
      assignment.backupId ? this.directory.person(assignment.backupId) : null,
    ])
    if (!adviser) throw new AppError('NOT_FOUND', '该村（社区）暂未配备法律顾问')
    return { village, adviser, backup }
  }

  async villagesOf(personId: string): Promise<DcRegionPath[]> {
    const codes = await this.regions.villagesOf(personId)
    return Promise.all(codes.map((c) => this.path(c)))
  }
}
