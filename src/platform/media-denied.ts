/** The microphone or camera could not be had (refused, or none): the person can fix it in settings. */
export class MediaDenied extends Error {
  constructor(cause?: unknown) {
    super('microphone or camera unavailable', { cause })
    this.name = 'MediaDenied'
  }
}

/** getUserMedia's names for "no microphone or camera for you", as against a failure of the call itself. */
const DEVICE_ERRORS = new Set([
  'NotAllowedError',
  'SecurityError',
  'NotFoundError',
  'NotReadableError',
  'OverconstrainedError',
])

export function isDeviceError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name
  return typeof name === 'string' && DEVICE_ERRORS.has(name)
}
