export const CHROMIUM_FLAGS: string[]
export const CHROMIUM_PATH: string
export const CHROMIUM_MISSING: string
