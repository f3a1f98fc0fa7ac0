// A browser page has no scanner of its own: staff type the booking's number instead.
export const canScanCode = false

export function scanCode(): Promise<string | null> {
  return Promise.resolve(null)
}
