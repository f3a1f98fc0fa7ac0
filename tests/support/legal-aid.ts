import { randomUUID } from 'node:crypto'
import type { LegalAidApplication, UploadedFile } from '@pocket/contract'
import { idCheckCharacter } from '@pocket/contract'
import { call, type Reply } from './api'

/** A valid 居民身份证 number (Yongning County, born 1968-03-12), made with the GB 11643 check. */
const FIRST_17 = '64012119680312123'
export const VALID_ID = FIRST_17 + idCheckCharacter(FIRST_17)
/** The same with its check character changed: one typo. */
export const MISTYPED_ID = VALID_ID.slice(0, 17) + (VALID_ID[17] === '0' ? '1' : '0')

/** The office that takes applications where the demo staff member 赵丽 works. */
export const AID_OFFICE = 'inst-yn-center'

/** A few bytes that are a JPEG by their content, whatever they are called. */
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF\0 a receipt photo')])

export async function upload(
  base: string,
  token: string | undefined,
  bytes: Buffer,
  name = 'photo.jpg',
  type = 'image/jpeg',
): Promise<Reply<UploadedFile>> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  const res = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  const text = await res.text()
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : undefined) as Reply<UploadedFile>['body'],
    headers: res.headers,
  }
}

export function applicationBody(over: Record<string, unknown> = {}) {
  return {
    institutionId: AID_OFFICE,
    applicantName: '马建国',
    idNumber: VALID_ID,
    contactPhone: '13900005678',
    caseType: 'wages',
    summary: '在工地干了八个月，老板拖欠工资两万三千元，多次讨要未果。',
    hardship: { basis: 'migrant_wages', declared: true, note: '' },
    attachments: [],
    ...over,
  }
}

export function apply(base: string, token: string, body: unknown, key: string = randomUUID()) {
  return call<LegalAidApplication>(base, 'POST', '/api/v1/legal-aid/applications', {
    token,
    headers: { 'idempotency-key': key },
    body,
  })
}

export function act(base: string, token: string, number: string, action: string, body: unknown = {}) {
  return call<LegalAidApplication>(base, 'POST', `/api/v1/workbench/legal-aid/${number}/${action}`, { token, body })
}
