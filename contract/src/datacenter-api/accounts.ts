import { z } from 'zod'
import { Phone, RecordId, RegionCode, Role } from '../common.js'
import type { RouteTable } from '../route.js'
import { DcPerson } from './directory.js'
import { DcRegionPath } from './regions.js'

export const DcAccount = z
  .object({
    id: z.string(),
    role: Role,
    phone: Phone.nullable(),
    displayName: z.string(),
    villageCode: RegionCode.nullable(),
    personId: z.string().nullable(),
    /** The person's mini-program openid, when they signed in with WeChat (content checks need it). */
    openid: z.string().nullable(),
    /** Notices say only that there is something new, never what or from whom. */
    discreetNotices: z.boolean(),
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

export const DcWechatAccountRequest = z
  .object({
    appId: z.string().min(1).max(64),
    openid: z.string().min(1).max(128),
    unionid: z.string().min(1).max(128).nullable(),
    /** A mainland phone WeChat verified (getPhoneNumber): binds it, or finds the account that has it. */
    phone: Phone.optional(),
  })
  .meta({ id: 'DcWechatAccountRequest' })
export type DcWechatAccountRequest = z.infer<typeof DcWechatAccountRequest>

export const DcSetNoticesRequest = z.object({ discreet: z.boolean() }).meta({ id: 'DcSetNoticesRequest' })
export type DcSetNoticesRequest = z.infer<typeof DcSetNoticesRequest>

export const DcSetVillageRequest = z.object({ villageCode: RegionCode }).meta({ id: 'DcSetVillageRequest' })
export type DcSetVillageRequest = z.infer<typeof DcSetVillageRequest>

const id = z.object({ id: RecordId })

export const dcAccountsRoutes = {
  wechatAccount: {
    method: 'post',
    path: '/accounts/wechat',
    tag: 'accounts',
    auth: true,
    summary:
      'Find or create the account of a WeChat openid; with a verified phone, bind it or join the account that has it',
    body: DcWechatAccountRequest,
    response: DcAccountView,
    errors: ['CONFLICT'],
  },
  account: {
    method: 'get',
    path: '/accounts/{id}',
    tag: 'accounts',
    auth: true,
    summary: 'An account with its village and person',
    params: id,
    response: DcAccountView,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  },
  setVillage: {
    method: 'put',
    path: '/accounts/{id}/village',
    tag: 'accounts',
    auth: true,
    summary: 'Set the village of a resident',
    params: id,
    body: DcSetVillageRequest,
    response: DcAccountView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'VILLAGE_INVALID'],
  },
  setNotices: {
    method: 'put',
    path: '/accounts/{id}/notices',
    tag: 'accounts',
    auth: true,
    summary: 'Whether the notices of an account say only that there is something new; audited',
    params: id,
    body: DcSetNoticesRequest,
    response: DcAccountView,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  },
} as const satisfies RouteTable
