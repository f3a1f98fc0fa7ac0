import { z } from 'zod'
import { Callback, CallbackBody, CallbackClose, CallbackList, CallbacksQuery } from '../app-api/callbacks.js'
import { RequestNumber } from '../app-api/requests.js'
import { Sha256Hex } from '../common.js'
import type { RouteTable } from '../route.js'

const NumberParam = z.object({ number: RequestNumber })

/** A callback as the BFF passes it on: the SMS code that confirms another phone, as its keyed hash. */
export const DcCallbackBody = CallbackBody.omit({ code: true })
  .extend({ codeHash: Sha256Hex.optional() })
  .meta({ id: 'DcCallbackBody' })
export type DcCallbackBody = z.infer<typeof DcCallbackBody>

export const dcCallbacksRoutes = {
  requestCallback: {
    method: 'post',
    path: '/callbacks',
    tag: 'callbacks',
    auth: true,
    summary:
      "Queues a 12348 hotline callback task for the acting resident on the desk serving their village, under a new unified number (hotline channel); a phone other than the account's needs its SMS code",
    body: DcCallbackBody,
    response: Callback,
    errors: ['FORBIDDEN', 'RATE_LIMITED', 'VILLAGE_NOT_SET', 'SMS_CODE_INVALID', 'SMS_CODE_EXPIRED', 'SMS_CODE_LOCKED'],
  },
  callbacks: {
    method: 'get',
    path: '/callbacks',
    tag: 'callbacks',
    auth: true,
    summary:
      "Callback tasks of the acting staff member's desk in a state, oldest first; phones masked but for the taker",
    query: CallbacksQuery,
    response: CallbackList,
    errors: ['FORBIDDEN'],
  },
  takeCallback: {
    method: 'post',
    path: '/callbacks/{number}/take',
    tag: 'callbacks',
    auth: true,
    summary: "Takes a waiting task of the acting staff member's desk: they see the phone and close it (audited)",
    params: NumberParam,
    response: Callback,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  closeCallback: {
    method: 'post',
    path: '/callbacks/{number}/close',
    tag: 'callbacks',
    auth: true,
    summary:
      'Closes a waiting callback task as called back or unreachable (its taker only, audited); its request timeline says so',
    params: NumberParam,
    body: CallbackClose,
    response: Callback,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
} as const satisfies RouteTable
