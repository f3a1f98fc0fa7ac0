import { z } from 'zod'
import { Phone, RegionCode, RegionLevel, Role } from '../common.js'
import { CatalogCategory, ServiceGuide } from '../app-api/catalog.js'
import { InstitutionKind, PersonKind } from '../app-api/directory.js'

/** Records as the data center holds them (unmasked; never sent to a client as they are). */

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

export const DcInstitution = z
  .object({
    id: z.string(),
    kind: InstitutionKind,
    name: z.string(),
    regionCode: RegionCode,
    address: z.string(),
    lat: z.number(),
    lng: z.number(),
    hours: z.string(),
    phone: z.string(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'DcInstitution' })
export type DcInstitution = z.infer<typeof DcInstitution>

export const DcPerson = z
  .object({
    id: z.string(),
    kind: PersonKind,
    name: z.string(),
    title: z.string(),
    phone: z.string(),
    photoUrl: z.string().nullable(),
    institutionId: z.string().nullable(),
    institutionName: z.string().nullable(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'DcPerson' })
export type DcPerson = z.infer<typeof DcPerson>

export const DcVillageAdvisers = z
  .object({
    village: DcRegionPath,
    adviser: DcPerson,
    backup: DcPerson.nullable(),
  })
  .meta({ id: 'DcVillageAdvisers' })
export type DcVillageAdvisers = z.infer<typeof DcVillageAdvisers>

export const DcCatalogItem = z
  .object({
    code: z.string(),
    category: CatalogCategory,
    name: z.string(),
    summary: z.string(),
    guide: ServiceGuide,
  })
  .meta({ id: 'DcCatalogItem' })
export type DcCatalogItem = z.infer<typeof DcCatalogItem>

/** A catalogue entry as lists show it: the guide (the bulk of an item) comes with the item alone. */
export const DcCatalogSummary = DcCatalogItem.omit({ guide: true }).meta({ id: 'DcCatalogSummary' })
export type DcCatalogSummary = z.infer<typeof DcCatalogSummary>

export const DcAccount = z
  .object({
    id: z.string(),
    role: Role,
    phone: Phone.nullable(),
    displayName: z.string(),
    villageCode: RegionCode.nullable(),
    personId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'DcAccount' })
export type DcAccount = z.infer<typeof DcAccount>

export const DcAccountView = z
  .object({
    account: DcAccount,
    village: DcRegionPath.nullable(),
    person: DcPerson.nullable(),
  })
  .meta({ id: 'DcAccountView' })
export type DcAccountView = z.infer<typeof DcAccountView>

export const DcWorkbench = z
  .object({
    person: DcPerson,
    villages: z.array(DcRegionPath),
  })
  .meta({ id: 'DcWorkbench' })
export type DcWorkbench = z.infer<typeof DcWorkbench>

export const DcAuditEntry = z
  .object({
    at: z.string(),
    actor: z.string(),
    role: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'DcAuditEntry' })
export type DcAuditEntry = z.infer<typeof DcAuditEntry>
