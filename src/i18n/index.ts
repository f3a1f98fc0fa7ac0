import { zhCN, type MessageKey } from './zh-CN'

export type { MessageKey }

export interface Locale {
  /** BCP 47 tag, set on the page's `lang`. */
  lang: string
  /** Text direction; Uyghur (ug) will be 'rtl'. */
  dir: 'ltr' | 'rtl'
  messages: Record<MessageKey, string>
}

const locales: Record<string, Locale> = {
  'zh-CN': { lang: 'zh-CN', dir: 'ltr', messages: zhCN },
}

let active: Locale = locales['zh-CN']

export function currentLocale(): Locale {
  return active
}

export function setLocale(lang: string): void {
  active = locales[lang] ?? active
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = active.messages[key] ?? key
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : text
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** A moment for people: "今天 08:05" or "11月20日 08:05", in the device's time zone. */
export function formatDateTime(ms: number, now = Date.now()): string {
  const d = new Date(ms)
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  if (new Date(now).toDateString() === d.toDateString()) return t('time.today', { hm })
  return t('time.date', { m: d.getMonth() + 1, d: d.getDate(), hm })
}
