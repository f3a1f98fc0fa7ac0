import type { NotificationKind } from '@pocket/contract'
import { zhCN } from './zh-CN.js'

/** The words of SMS and subscribe messages in one language; `{name}` is filled from the notice. */
export interface NoticeTemplates {
  /** The sender's name an SMS starts with. */
  signature: string
  /** The login code SMS: `{code}`, `{minutes}`. */
  loginCode: string
  /** Each notice's SMS. */
  sms: Record<NotificationKind, string>
  /** The subscribe message's status word (booking template). */
  status: Record<NotificationKind, string>
  /** The name of a request whose notice has no item of its own (a legal aid application, a complaint), by notice prefix. */
  kindName: { legal_aid: string; complaint: string }
  /**
   * What every notice says instead, for a person who asked for discreet notices (a phone others in
   * the house may pick up): that there is something new, never what, from whom or where.
   */
  discreet: { sms: string; item: string; status: string; action: string }
  /** What the consultation template's thing4 says; a kind listed here uses that template. */
  consultAction: Partial<Record<NotificationKind, string>>
}

/**
 * The languages notices are written in. People are written to in zh-CN until the account
 * remembers a language (the Uyghur work adds `ug` here and picks by the account).
 */
const LANGUAGES: Record<string, NoticeTemplates> = { 'zh-CN': zhCN }

export function templatesFor(lang = 'zh-CN'): NoticeTemplates {
  return LANGUAGES[lang] ?? zhCN
}

/** A template with its `{name}`s filled. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))
}
