import { z } from 'zod'
import { CallId, CallKind } from '../app-api/call-record.js'
import { Call } from '../app-api/calls.js'
import { ConsultationId } from '../app-api/consultations.js'
import type { RouteTable } from '../route.js'
import { DcNotice } from './consultations.js'

/** A socket's id on its BFF instance: where a call's signalling goes. */
const Device = z.string().min(1).max(64)

/**
 * A call after a change: the call, whom to tell (every device of both sides), and the system
 * message its end wrote in the conversation.
 */
export const DcCallChange = z
  .object({ call: Call, audience: z.array(z.string()), note: DcNotice.nullable() })
  .meta({ id: 'DcCallChange' })
export type DcCallChange = z.infer<typeof DcCallChange>

export const DcCallStart = z
  .object({ consultationId: ConsultationId, kind: CallKind, device: Device })
  .meta({ id: 'DcCallStart' })
export type DcCallStart = z.infer<typeof DcCallStart>

export const DcCallAccept = z.object({ device: Device }).meta({ id: 'DcCallAccept' })

/** reject: the callee declines while it rings; cancel: the caller gives up; hangup: either, once answered. */
/** `failed`: a side in an answered call could not make the line (media never connected): 通话中断, no talk time. */
export const DcCallEnd = z
  .object({ reason: z.enum(['reject', 'cancel', 'hangup', 'failed']) })
  .meta({ id: 'DcCallEnd' })
export type DcCallEnd = z.infer<typeof DcCallEnd>

export const DcCallSweep = z.object({ items: z.array(DcCallChange) }).meta({ id: 'DcCallSweep' })
export type DcCallSweep = z.infer<typeof DcCallSweep>

/** The call as the data center holds it, with the devices its signalling goes between. */
export const DcCallDevices = z
  .object({
    call: Call,
    devices: z.object({ caller: Device, callee: Device.nullable() }),
  })
  .meta({ id: 'DcCallDevices' })
export type DcCallDevices = z.infer<typeof DcCallDevices>

const IdParam = z.object({ id: CallId })

export const dcCallsRoutes = {
  startCall: {
    method: 'post',
    path: '/calls',
    tag: 'calls',
    auth: true,
    summary:
      'A party of the conversation calls the other side: ringing, or ended at once as busy when either side ' +
      'is in another call',
    body: DcCallStart,
    response: DcCallChange,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  acceptCall: {
    method: 'post',
    path: '/calls/{id}/accept',
    tag: 'calls',
    auth: true,
    summary: 'The side rung answers on one device; a second answer, or one after the end, is refused',
    params: IdParam,
    body: DcCallAccept,
    response: DcCallChange,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  endCall: {
    method: 'post',
    path: '/calls/{id}/end',
    tag: 'calls',
    auth: true,
    summary: 'Rejected by the callee, cancelled by the caller, or hung up by either; the conversation records it',
    params: IdParam,
    body: DcCallEnd,
    response: DcCallChange,
    errors: ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
  },
  callAlive: {
    method: 'post',
    path: '/calls/{id}/alive',
    tag: 'calls',
    auth: true,
    summary:
      "A side's device is still in the call (its socket may be a new one after a reconnect: signalling follows " +
      'it); a side silent for CALL_ALIVE_SECONDS is taken as gone',
    params: IdParam,
    body: DcCallAccept,
    response: DcCallDevices,
    errors: ['NOT_FOUND'],
  },
  callDevices: {
    method: 'get',
    path: '/calls/{id}',
    tag: 'calls',
    auth: true,
    summary: 'A call for one of its parties, with the devices its signalling goes between',
    params: IdParam,
    response: DcCallDevices,
    errors: ['NOT_FOUND'],
  },
  sweepCalls: {
    method: 'post',
    path: '/calls/sweep',
    tag: 'calls',
    auth: true,
    summary:
      'Ends calls nobody answered in CALL_RING_SECONDS (missed) and calls a side of which went silent (failed); ' +
      'system actor',
    response: DcCallSweep,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
