import { z } from 'zod'
import type { RouteTable } from '../route.js'
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
    /** SMS and subscribe messages say only that there is something new (for a phone others see). */
    discreetNotices: z.boolean(),
  })
  .meta({ id: 'Me' })
export type Me = z.infer<typeof Me>

export const SetVillageRequest = z.object({ villageCode: RegionCode }).meta({ id: 'SetVillageRequest' })
export type SetVillageRequest = z.infer<typeof SetVillageRequest>

export const SetNoticesRequest = z.object({ discreet: z.boolean() }).meta({ id: 'SetNoticesRequest' })
export type SetNoticesRequest = z.infer<typeof SetNoticesRequest>

export const MyAdviser = z
  .object({
    village: VillageRef,
    adviser: PersonCard,
    backup: PersonCard.nullable(),
  })
  .meta({ id: 'MyAdviser' })
export type MyAdviser = z.infer<typeof MyAdviser>

/** The signed-in person: who they are, their village and its adviser. */
export const meRoutes = {
  me: { method: 'get', path: '/me', tag: 'me', auth: true, summary: '当前用户', response: Me },
  setVillage: {
    method: 'put',
    path: '/me/village',
    tag: 'me',
    auth: true,
    summary: '设置所在村（居）',
    body: SetVillageRequest,
    response: Me,
    errors: ['VILLAGE_INVALID'],
  },
  setNotices: {
    method: 'put',
    path: '/me/notices',
    tag: 'me',
    auth: true,
    summary: '通知隐私：短信和订阅消息只说“有新通知”，不写内容和对象',
    body: SetNoticesRequest,
    response: Me,
  },
  myAdviser: {
    method: 'get',
    path: '/me/adviser',
    tag: 'me',
    auth: true,
    summary: '我的村（居）法律顾问',
    response: MyAdviser,
    errors: ['VILLAGE_NOT_SET'],
  },
} as const satisfies RouteTable
