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

/** 村（居）法律顾问, 律师, 公证员, 人民调解员, 基层法律服务工作者, 工作人员. */
export const PersonKind = z.enum(['adviser', 'lawyer', 'notary', 'mediator', 'legal_worker', 'staff'])
export type PersonKind = z.infer<typeof PersonKind>

/** What an institution does for people: the filter of 机构查询. */
export const InstitutionService = z.enum([
  'consultation',
  'legal_aid',
  'notarization',
  'mediation',
  'appraisal',
  'representation',
])
export type InstitutionService = z.infer<typeof InstitutionService>

/** 执业状态, as the justice bureau publishes it. */
export const PracticeStatus = z.enum(['practising', 'suspended', 'cancelled'])
export type PracticeStatus = z.infer<typeof PracticeStatus>

/** Languages a practitioner can serve in. */
export const SpokenLanguage = z.enum(['mandarin', 'local', 'ug', 'en'])
export type SpokenLanguage = z.infer<typeof SpokenLanguage>

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
    services: z.array(InstitutionService),
    isDemo: z.boolean(),
    /** Metres from the caller's position, when the caller gave one. */
    distance: z.number().nullable(),
  })
  .meta({ id: 'Institution' })
export type Institution = z.infer<typeof Institution>

/** A name or place as people type it, to find institutions or people by. */
export const DirectoryText = z.string().trim().min(1, 'form.searchBlank').max(40, 'form.directorySearchTooLong')

export const InstitutionsQuery = z.object({
  kind: InstitutionKind.optional(),
  /** Within this region (and the places under it). */
  region: RegionCode.optional(),
  service: InstitutionService.optional(),
  /** Words of the name or the address. */
  q: DirectoryText.optional(),
  /** The caller's place (their village): institutions nearer in the region tree come first. */
  near: RegionCode.optional(),
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
  /** Words of the name, the institution or a specialty. */
  q: DirectoryText.optional(),
})
export type PeopleQuery = z.infer<typeof PeopleQuery>

/** A reward or a penalty on a practitioner's public credit record (信用信息公开). */
export const CreditRecord = z
  .object({
    kind: z.enum(['reward', 'penalty']),
    date: z.string(),
    title: z.string(),
    /** Who decided it (a justice bureau, a bar association). */
    issuer: z.string(),
  })
  .meta({ id: 'CreditRecord' })
export type CreditRecord = z.infer<typeof CreditRecord>

/** A practitioner as the public directory shows them: who, where, what they do, whether in practice. */
export const Practitioner = z
  .object({
    id: z.string(),
    kind: PersonKind,
    name: z.string(),
    title: z.string(),
    photoUrl: z.string().nullable(),
    institution: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** 执业证号; null for those who hold none (village advisers who are not lawyers, mediators). */
    licenceNo: z.string().nullable(),
    specialties: z.array(z.string()),
    languages: z.array(SpokenLanguage),
    practiceStatus: PracticeStatus,
    isDemo: z.boolean(),
  })
  .meta({ id: 'Practitioner' })
export type Practitioner = z.infer<typeof Practitioner>

export const PractitionerDetail = Practitioner.extend({
  /** Newest first. */
  credit: z.array(CreditRecord),
}).meta({ id: 'PractitionerDetail' })
export type PractitionerDetail = z.infer<typeof PractitionerDetail>

export const PractitionerList = z.object({ items: z.array(Practitioner) }).meta({ id: 'PractitionerList' })
export type PractitionerList = z.infer<typeof PractitionerList>

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
    response: PractitionerList,
  },
  person: {
    method: 'get',
    path: '/people/{id}',
    tag: 'directory',
    auth: false,
    summary: '法律服务人员详情与信用信息',
    params: z.object({ id: RecordId }),
    response: PractitionerDetail,
  },
} as const satisfies RouteTable
