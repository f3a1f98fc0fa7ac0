import { z } from 'zod'
import { listOf, RecordId, RegionCode } from '../common.js'
import { InstitutionKind, InstitutionsQuery, PeopleQuery, PersonKind } from '../app-api/directory.js'
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

/** The app's filters, less the caller's position (the BFF sorts by distance itself). */
export const DcInstitutionsQuery = InstitutionsQuery.pick({ kind: true, region: true })
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
    summary: 'A person',
    params: id,
    response: DcPerson,
    errors: ['NOT_FOUND'],
  },
} as const satisfies RouteTable
