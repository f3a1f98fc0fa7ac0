// The mini-program has no document; pages carry the direction through the theme's `rtl` class.
export function applyDocumentLanguage(_lang: string, _dir: 'ltr' | 'rtl'): void {}
