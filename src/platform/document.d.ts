/** Puts the locale's language and direction on the page (H5: <html lang dir>; weapp: nothing to do). */
export function applyDocumentLanguage(lang: string, dir: 'ltr' | 'rtl'): void
