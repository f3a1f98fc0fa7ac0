import { createHmac } from 'node:crypto'

/**
 * What the data center keeps of an SMS code. Six digits are a million values: a bare hash of them
 * is reversed in a second by anyone who reads the table; keyed with the server's secret, the
 * stored hash says nothing without it.
 */
export function smsCodeHash(secret: string, phone: string, code: string): string {
  return createHmac('sha256', secret).update(`sms-code:${phone}:${code}`).digest('hex')
}
