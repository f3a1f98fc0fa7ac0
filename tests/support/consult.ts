import type { AuthSession, Consultation } from '@pocket/contract'
import { call, signInBySms } from './api'
import type { Stack } from './stack'
import { open, type Opened } from './ws-client'

/** A demo village of 闽宁镇: adviser 马晓梅 (13800000001), backup 李建国 (13800000002). */
export const VILLAGE = '640121104201'
export const ADVISER_PHONE = '13800000001'
export const BACKUP_PHONE = '13800000002'

/** A resident of the demo village, signed in, with their conversation open. */
export async function residentWithConsultation(
  stack: Pick<Stack, 'bffUrl' | 'sms'>,
  phone: string,
): Promise<{ session: AuthSession; consultation: Consultation }> {
  const session = await signInBySms(stack.bffUrl, stack.sms, phone)
  const token = session.accessToken
  const village = await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token, body: { villageCode: VILLAGE } })
  if (village.status !== 200) throw new Error(`set village ${village.status}`)
  const opened = await call<Consultation>(stack.bffUrl, 'POST', '/api/v1/consultations', { token })
  if (opened.status !== 200) throw new Error(`open consultation ${opened.status}: ${JSON.stringify(opened.body)}`)
  return { session, consultation: opened.body }
}

/** A device's socket on one BFF instance, ready to send. */
export async function device(bffUrl: string, token: string): Promise<Opened> {
  const c = open(`${bffUrl.replace('http', 'ws')}/ws`, { authorization: `Bearer ${token}` })
  await c.next('ready')
  return c
}

export function sendText(c: Opened, consultationId: string, clientId: string, text: string): void {
  c.emit('message.send', { consultationId, clientId, message: { kind: 'text', text } })
}
