import type { NoticeParams } from '@pocket/contract'
import { said as inLanguage } from '../../src/i18n'

interface Refusal {
  code?: string
  message?: string
  notice?: { key: string; params?: NoticeParams }
}

/**
 * What a person is told for an error the servers answered, in zh-CN, as the client renders it:
 * the text of its notice (contract/src/notices.ts), or its message where the error has none.
 */
export function said(body: Refusal): string | undefined {
  if (!body.notice) return body.message
  return inLanguage(body.notice, `(no zh-CN text for ${body.notice.key})`)
}

/** An error's code and what it tells the person, for one assertion. */
export const refusal = (body: Refusal) => ({ code: body.code, said: said(body) })

/** What a timeline step says beside its status, as the app shows it: its notice, its note, or nothing. */
export function stepSaid(step: { note: string | null; notice: Refusal['notice'] | null } | undefined): string | null {
  if (!step) return null
  return step.notice ? (said({ notice: step.notice }) ?? null) : step.note
}

/** What a system note of a conversation says, as the app shows it: its notice, or its text. */
export function noteSaid(body: unknown): string | undefined {
  const note = body as { text?: string; notice?: Refusal['notice'] }
  return note.notice ? said({ notice: note.notice }) : note.text
}
