/**
 * Whether this build can scan a QR code with the camera: the mini-program with WeChat's scanner; H5
 * with the camera where the page may open it (https or this machine), reading frames with jsQR.
 */
export const canScanCode: boolean

/** Scans a QR code and returns its text, or null when the person cancelled. */
export function scanCode(): Promise<string | null>
