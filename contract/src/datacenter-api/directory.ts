import { z } from 'zod'
import { listOf, RecordId, RegionCode } from '../common.js'
import {
  CreditRecord,
  InstitutionKind,
  InstitutionService,
  InstitutionsQuery,
  PeopleQuery,
  PersonKind,
  PracticeStatus,
  SpokenLanguage,
} from '../app-api/directory.js'
import type { RouteTable } from '../route.js'

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
    services: z.array(InstitutionService),
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
    licenceNo: z.string().nullable(),
    specialties: z.array(z.string()),
    languages: z.array(SpokenLanguage),
    practiceStatus: PracticeStatus,
    isDemo: z.boolean(),
  })
  .meta({ id: 'DcPerson' })
export type DcPerson = z.infer<typeof DcPerson>

export const DcPersonDetail = DcPerson.extend({ credit: z.array(CreditRecord) }).meta({ id: 'DcPersonDetail' })
export type DcPersonDetail = z.infer<typeof DcPersonDetail>

/** The app's filters and ranking, less the caller's position (the BFF sorts by distance itself). */
export const DcInstitutionsQuery = InstitutionsQuery.omit({ lat: true, lng: true })
export const DcPeopleQuery = PeopleQuery

const id = z.object({ id: RecordId })

export const dcDirectoryRoutes = {
  institutions: {
    method: 'get',
    path: '/institutions',
    tag: 'directory',
    auth: true,
    summary: 'Institutions',
    query: DcInstitutionsQuery,
    response: listOf(DcInstitution).meta({ id: 'DcInstitutionList' }),
  },
  institution: {
    method: 'get',
    path: '/institutions/{id}',
    tag: 'directory',
    auth: true,
    summary: 'An institution',
    params: id,
    response: DcInstitution,
    errors: ['NOT_FOUND'],
  },
  people: {
    method: 'get',
    path: '/people',
    tag: 'directory',
    auth: true,
    summary: 'People',
    query: DcPeopleQuery,
    response: listOf(DcPerson).meta({ id: 'DcPersonList' }),
  },
  person: {
    method: 'get',
    path: '/people/{id}',
    tag: 'directory',
    auth: true,
    summary: 'A person, with their public credit record',
    params: id,
    response: DcPersonDetail,
    errors: ['NOT_FOUND'],
  },
} as const satisfies RouteTable
