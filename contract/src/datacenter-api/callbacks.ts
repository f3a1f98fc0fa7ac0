import { z } from 'zod'
import { Callback, CallbackBody, CallbackClose, CallbackList, CallbacksQuery } from '../app-api/callbacks.js'
import { RequestNumber } from '../app-api/requests.js'
import type { RouteTable } from '../route.js'

const NumberParam = z.object({ number: RequestNumber })

export const dcCallbacksRoutes = {
  requestCallback: {
    method: 'post',
    path: '/callbacks',
    tag: 'callbacks',
    auth: true,
    summary:
      'Queues a 12348 hotline callback task for the acting resident, under a new unified number (hotline channel)',
    body: CallbackBody,
    response: Callback,
    errors: ['FORBIDDEN', 'RATE_LIMITED'],
  },
  callbacks: {
    method: 'get',
    path: '/callbacks',
    tag: 'callbacks',
    auth: true,
    summary: 'Callback tasks in a state, oldest first (staff)',
    query: CallbacksQuery,
    response: CallbackList,
    errors: ['FORBIDDEN'],
  },
  closeCallback: {
    method: 'post',
    path: '/callbacks/{number}/close',
    tag: 'callbacks',
    auth: true,
    summary: 'Closes a waiting callback task as called back or unreachable (staff); its request timeline says so',
    params: NumberParam,
    body: CallbackClose,
    response: Callback,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
} as const satisfies RouteTable
