import { z } from 'zod'
import { listOf, RegionCode, RegionLevel } from '../common.js'
import type { RouteTable } from '../route.js'
import { DcPerson } from './directory.js'

export const DcRegion = z
  .object({
    code: RegionCode,
    parentCode: RegionCode.nullable(),
    name: z.string(),
    level: RegionLevel,
    childCount: z.number().int(),
  })
  .meta({ id: 'DcRegion' })
export type DcRegion = z.infer<typeof DcRegion>

export const DcRegionPath = z
  .object({ code: RegionCode, level: RegionLevel, names: z.array(z.string()) })
  .meta({ id: 'DcRegionPath' })
export type DcRegionPath = z.infer<typeof DcRegionPath>

export const DcVillageAdvisers = z
  .object({
    village: DcRegionPath,
    adviser: DcPerson,
    backup: DcPerson.nullable(),
  })
  .meta({ id: 'DcVillageAdvisers' })
export type DcVillageAdvisers = z.infer<typeof DcVillageAdvisers>

export const DcRegionsQuery = z.object({ parent: RegionCode.optional() })

const code = z.object({ code: RegionCode })

export const dcRegionsRoutes = {
  regions: {
    method: 'get',
    path: '/regions',
    tag: 'regions',
    auth: true,
    summary: 'Children of a region (top level without parent)',
    query: DcRegionsQuery,
    response: listOf(DcRegion).meta({ id: 'DcRegionList' }),
  },
  region: {
    method: 'get',
    path: '/regions/{code}',
    tag: 'regions',
    auth: true,
    summary: 'A region with its path of names',
    params: code,
    response: DcRegionPath,
    errors: ['NOT_FOUND'],
  },
  villageAdvisers: {
    method: 'get',
    path: '/villages/{code}/advisers',
    tag: 'regions',
    auth: true,
    summary: 'Adviser and backup of a village',
    params: code,
    response: DcVillageAdvisers,
    errors: ['NOT_FOUND', 'VILLAGE_INVALID'],
  },
} as const satisfies RouteTable
