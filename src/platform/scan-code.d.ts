/** Whether this build can scan a QR code with the camera (the mini-program can; H5 types the number). */
export const canScanCode: boolean

/** Scans a QR code and returns its text, or null when the person cancelled. */
export function scanCode(): Promise<string | null>
