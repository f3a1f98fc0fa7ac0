import { z } from 'zod'
import { userText } from '../user-text.js'
import { Instant, Phone } from '../common.js'
import type { RouteTable } from '../route.js'
import { RequestNumber } from './requests.js'

/** When the resident would like the hotline to call: 上午, 下午, 晚上, or any time. */
export const CallbackWindow = z.enum(['morning', 'afternoon', 'evening', 'any']).meta({ id: 'CallbackWindow' })
export type CallbackWindow = z.infer<typeof CallbackWindow>

/** 待回拨 → 已回拨 / 未接通 */
export const CallbackState = z.enum(['waiting', 'called', 'unreachable']).meta({ id: 'CallbackState' })
export type CallbackState = z.infer<typeof CallbackState>

export const CallbackBody = z
  .object({
    /** The number to call; omitted: the phone the account signed in with (or WeChat verified). */
    phone: Phone.optional(),
    /** The SMS code sent to `phone` (`POST /auth/sms/send`): needed when it is not the account's own phone. */
    code: z
      .string()
      .regex(/^\d{6}$/, 'form.callbackCode')
      .optional(),
    window: CallbackWindow,
    topic: userText(z.string().trim().min(2, 'form.callbackTopic').max(200, 'form.callbackTopicTooLong')),
  })
  .meta({ id: 'CallbackBody' })
export type CallbackBody = z.infer<typeof CallbackBody>

/** A 12348 hotline callback task (请求回拨), under its unified number. */
export const Callback = z
  .object({
    number: RequestNumber,
    /** In full for the resident who asked and the staff member who took the task; masked (139****0001) for others. */
    phone: z.string(),
    window: CallbackWindow,
    topic: z.string(),
    state: CallbackState,
    /** What the hotline noted when it closed the task. */
    note: z.string().nullable(),
    /** The hotline desk (a public legal service center) that serves the resident's region. */
    desk: z.object({ id: z.string(), name: z.string() }),
    /** Who took the task on the desk (they see the phone in full and close it); null while nobody has. */
    taker: z.object({ name: z.string(), me: z.boolean() }).nullable(),
    createdAt: Instant,
    closedAt: Instant.nullable(),
  })
  .meta({ id: 'Callback' })
export type Callback = z.infer<typeof Callback>

export const CallbackList = z.object({ items: z.array(Callback) }).meta({ id: 'CallbackList' })
export type CallbackList = z.infer<typeof CallbackList>

export const CallbackClose = z
  .object({
    outcome: z.enum(['called', 'unreachable']),
    note: userText(z.string().trim().max(200, 'form.callbackNoteTooLong')).nullable().default(null),
  })
  .meta({ id: 'CallbackClose' })
export type CallbackClose = z.infer<typeof CallbackClose>

export const CallbacksQuery = z.object({ state: CallbackState.default('waiting') }).meta({ id: 'CallbacksQuery' })

const NumberParam = z.object({ number: RequestNumber })

/** 12348 热线回拨: a resident asks; the hotline's staff call back and close the task. */
export const callbacksRoutes = {
  requestCallback: {
    method: 'post',
    path: '/callbacks',
    tag: 'callbacks',
    auth: true,
    summary:
      '请求 12348 热线回拨（电话、希望的时段、咨询事项），由居民所在地区的热线受理；非登录手机号需短信验证码确认；生成统一编号',
    body: CallbackBody,
    response: Callback,
    status: 201,
    errors: ['RATE_LIMITED', 'VILLAGE_NOT_SET', 'SMS_CODE_INVALID', 'SMS_CODE_EXPIRED', 'SMS_CODE_LOCKED'],
  },
  staffCallbacks: {
    method: 'get',
    path: '/workbench/callbacks',
    tag: 'callbacks',
    auth: true,
    summary: '工作台：本热线受理的回拨任务（默认待回拨，最早的在前；电话号码仅接手人可见全号）',
    query: CallbacksQuery,
    response: CallbackList,
    errors: ['FORBIDDEN'],
  },
  takeCallback: {
    method: 'post',
    path: '/workbench/callbacks/{number}/take',
    tag: 'callbacks',
    auth: true,
    summary: '工作台：接手回拨任务（接手后可见完整电话号码；有审计记录）',
    params: NumberParam,
    response: Callback,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  closeCallback: {
    method: 'post',
    path: '/workbench/callbacks/{number}/close',
    tag: 'callbacks',
    auth: true,
    summary: '工作台：回拨后关闭任务（已回拨 / 未接通；仅接手人；有审计记录）',
    params: NumberParam,
    body: CallbackClose,
    response: Callback,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
} as const satisfies RouteTable
