export function applyDocumentLanguage(lang: string, dir: 'ltr' | 'rtl'): void {
  document.documentElement.lang = lang
  document.documentElement.dir = dir
}
