import type { NoticeParams } from '@pocket/contract'
import { zhCNNotices } from '../../src/i18n/zh-CN.notices'

interface Refusal {
  code?: string
  message?: string
  notice?: { key: string; params?: NoticeParams }
}

/**
 * What a person is told for an error the servers answered, in zh-CN, as the client renders it:
 * the text of its notice (contract/src/notices.ts), or its message where the error has none yet.
 */
export function said(body: Refusal): string | undefined {
  if (!body.notice) return body.message
  const text = (zhCNNotices as Record<string, string | undefined>)[body.notice.key]
  if (text === undefined) return `(no zh-CN text for ${body.notice.key})`
  const params = body.notice.params ?? {}
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))
}

/** An error's code and what it tells the person, for one assertion. */
export const refusal = (body: Refusal) => ({ code: body.code, said: said(body) })
