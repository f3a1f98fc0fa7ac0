import { create } from 'zustand'
import type { NoticeKey, NoticeParams } from '@pocket/contract'
import { zhCN, type MessageKey } from './zh-CN'
import { zhCNNotices } from './zh-CN.notices'
// format.ts reads `t` from here in turn: each uses the other only when called, never as it loads.
import { formatParam } from './format'

export type { MessageKey }

export interface Locale {
  /** BCP 47 tag, set on the page's `lang`. */
  lang: string
  /** Text direction; Uyghur (ug) will be 'rtl'. */
  dir: 'ltr' | 'rtl'
  messages: Record<MessageKey, string>
  /** What the servers' notices say (contract/src/notices.ts). */
  notices: Record<NoticeKey, string>
}

const locales: Record<string, Locale> = {
  'zh-CN': { lang: 'zh-CN', dir: 'ltr', messages: zhCN, notices: zhCNNotices },
}

/** The language in effect: held in a store, so every screen that reads text re-renders on a switch. */
export const useLocale = create<{ lang: string }>(() => ({ lang: 'zh-CN' }))

export function currentLocale(): Locale {
  return locales[useLocale.getState().lang] ?? locales['zh-CN']
}

/** Switches the language; an unknown one is ignored. */
export function setLocale(lang: string): void {
  if (locales[lang]) useLocale.setState({ lang })
}

/** Adds a language (its messages must have every key of zh-CN). */
export function registerLocale(locale: Locale): void {
  locales[locale.lang] = locale
}

/**
 * A subpackage's own messages, kept out of the main package (H5's first route and the mini-program's
 * main package carry only the shared dictionary): added to each language when the subpackage's code
 * loads. Returns `t` and `useT` typed by its keys and the shared ones.
 */
export function subpackageMessages<K extends string>(
  byLang: { 'zh-CN': Record<K, string> } & Record<string, Partial<Record<K, string>>>,
) {
  for (const [lang, messages] of Object.entries(byLang)) {
    const locale = locales[lang]
    if (locale) locale.messages = { ...locale.messages, ...messages }
  }
  const scoped = t as (key: K | MessageKey, params?: Record<string, string | number>) => string
  const useScoped = (): typeof scoped => {
    useLocale((s) => s.lang)
    return scoped
  }
  return { t: scoped, useT: useScoped }
}

/** `t` for components: the component re-renders when the language changes. */
export function useT(): typeof t {
  useLocale((s) => s.lang)
  return t
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return filled(currentLocale().messages[key] ?? key, params)
}

/** What a new adviser finds in 常用语 until they save their own (`chat.saved.starter.N`). */
export function starterReplies(): string[] {
  const messages = currentLocale().messages as Record<string, string>
  return Object.keys(messages)
    .filter((key) => key.startsWith('chat.saved.starter.'))
    .map((key) => messages[key])
}

/** A server's notice in the current language; null for a key this build does not know (a newer server). */
export function noticeText(notice: { key: string; params?: NoticeParams }): string | null {
  const text = (currentLocale().notices as Record<string, string>)[notice.key]
  return text === undefined ? null : filled(text, notice.params)
}

/** What a notice says in the current language, or `otherwise` where there is none or this build does not know it. */
export function said(notice: { key: string; params?: NoticeParams } | undefined | null, otherwise: string): string {
  return (notice && noticeText(notice)) ?? otherwise
}

/**
 * Fills `{name}` placeholders; `{name:format}` reads a value the servers send as data (a date, a
 * weekday number, seconds, a code) the way this language writes it (see `formatParam`).
 */
function filled(text: string, params?: Record<string, string | number>): string {
  if (!params) return text
  return text.replace(/\{(\w+)(?::(\w+))?\}/g, (_, k: string, format?: string) => {
    const value = params[k] ?? ''
    return format ? formatParam(format, value) : String(value)
  })
}

export {
  formatDateTime,
  formatDay,
  formatDuration,
  formatLastDay,
  formatMonthDay,
  formatSpan,
  formatWeekday,
} from './format'
