import { z } from 'zod'
import type { RouteTable } from '../route.js'
import { RecordId, RegionCode, RegionLevel } from '../common.js'

export const Region = z
  .object({
    code: RegionCode,
    name: z.string(),
    level: RegionLevel,
    hasChildren: z.boolean(),
  })
  .meta({ id: 'Region' })
export type Region = z.infer<typeof Region>

export const RegionsQuery = z.object({ parent: RegionCode.optional() })
export const RegionList = z.object({ items: z.array(Region) }).meta({ id: 'RegionList' })
export type RegionList = z.infer<typeof RegionList>

export const InstitutionKind = z.enum([
  'pls_center',
  'workstation',
  'legal_aid_center',
  'notary_office',
  'mediation_committee',
  'law_firm',
  'appraisal_institute',
])
export type InstitutionKind = z.infer<typeof InstitutionKind>

export const PersonKind = z.enum(['adviser', 'lawyer', 'notary', 'mediator', 'staff'])
export type PersonKind = z.infer<typeof PersonKind>

export const Institution = z
  .object({
    id: z.string(),
    kind: InstitutionKind,
    name: z.string(),
    regionCode: RegionCode,
    address: z.string(),
    location: z.object({ lat: z.number(), lng: z.number() }),
    hours: z.string(),
    phone: z.string(),
    isDemo: z.boolean(),
    /** Metres from the caller's position, when the caller gave one. */
    distance: z.number().nullable(),
  })
  .meta({ id: 'Institution' })
export type Institution = z.infer<typeof Institution>

export const InstitutionsQuery = z.object({
  kind: InstitutionKind.optional(),
  region: RegionCode.optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
})
export type InstitutionsQuery = z.infer<typeof InstitutionsQuery>
export const InstitutionList = z.object({ items: z.array(Institution) }).meta({ id: 'InstitutionList' })
export type InstitutionList = z.infer<typeof InstitutionList>

/** A person as shown to residents: the phone is masked. */
export const PersonCard = z
  .object({
    id: z.string(),
    kind: PersonKind,
    name: z.string(),
    title: z.string(),
    photoUrl: z.string().nullable(),
    phoneMasked: z.string(),
    institution: z.object({ id: z.string(), name: z.string() }).nullable(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'PersonCard' })
export type PersonCard = z.infer<typeof PersonCard>

export const PeopleQuery = z.object({
  kind: PersonKind.optional(),
  institution: RecordId.optional(),
})
export type PeopleQuery = z.infer<typeof PeopleQuery>
export const PersonList = z.object({ items: z.array(PersonCard) }).meta({ id: 'PersonList' })
export type PersonList = z.infer<typeof PersonList>

/** Public look-ups: regions, institutions, people. */
export const directoryRoutes = {
  regions: {
    method: 'get',
    path: '/regions',
    tag: 'directory',
    auth: false,
    summary: '行政区划（逐级）',
    query: RegionsQuery,
    response: RegionList,
  },
  institutions: {
    method: 'get',
    path: '/institutions',
    tag: 'directory',
    auth: false,
    summary: '服务机构',
    query: InstitutionsQuery,
    response: InstitutionList,
  },
  institution: {
    method: 'get',
    path: '/institutions/{id}',
    tag: 'directory',
    auth: false,
    summary: '服务机构详情',
    params: z.object({ id: RecordId }),
    response: Institution,
  },
  people: {
    method: 'get',
    path: '/people',
    tag: 'directory',
    auth: false,
    summary: '法律服务人员',
    query: PeopleQuery,
    response: PersonList,
  },
  person: {
    method: 'get',
    path: '/people/{id}',
    tag: 'directory',
    auth: false,
    summary: '法律服务人员详情',
    params: z.object({ id: RecordId }),
    response: PersonCard,
  },
} as const satisfies RouteTable
