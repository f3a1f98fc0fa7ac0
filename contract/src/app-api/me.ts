import { z } from 'zod'
import { RegionCode, Role } from '../common.js'
import { PersonCard } from './directory.js'

export const VillageRef = z
  .object({
    code: RegionCode,
    name: z.string(),
    /** Names from province down to the village, e.g. 宁夏回族自治区 / 银川市 / 永宁县 / 闽宁镇 / 福宁村 */
    path: z.array(z.string()),
  })
  .meta({ id: 'VillageRef' })
export type VillageRef = z.infer<typeof VillageRef>

export const Me = z
  .object({
    id: z.string(),
    role: Role,
    displayName: z.string(),
    phoneMasked: z.string().nullable(),
    village: VillageRef.nullable(),
    /** The staff or adviser record this account is, if any. */
    person: z.object({ id: z.string(), name: z.string(), institutionName: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'Me' })
export type Me = z.infer<typeof Me>

export const SetVillageRequest = z.object({ villageCode: RegionCode }).meta({ id: 'SetVillageRequest' })
export type SetVillageRequest = z.infer<typeof SetVillageRequest>

export const MyAdviser = z
  .object({
    village: VillageRef,
    adviser: PersonCard,
    backup: PersonCard.nullable(),
  })
  .meta({ id: 'MyAdviser' })
export type MyAdviser = z.infer<typeof MyAdviser>

export const WorkbenchSummary = z
  .object({
    role: z.enum(['adviser', 'staff']),
    person: PersonCard,
    villages: z.array(VillageRef),
  })
  .meta({ id: 'WorkbenchSummary' })
export type WorkbenchSummary = z.infer<typeof WorkbenchSummary>
